package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: the method is a page-table walker driven by an {@code MmWalkOps}. What it requires
 * depends on the ops' {@code walk_lock} (resolved from the ops' construction: a local, a
 * {@code static final} field, or inline) and on the walker: see the {@code walk.*} rules. An ops
 * whose {@code walk_lock} cannot be determined is {@code walk.ops.unknown} (a warning) and gets
 * the strictest requirement.
 *
 * <pre>{@code
 * @PageWalk(kind = WalkKind.RANGE, mm = "mm", ops = "ops")
 * static int my_walk(MmStruct mm, long start, long end, MmWalkOps ops) {
 *   return walk_page_range(mm, start, end, ops, null);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface PageWalk {
  /** Which walker. */
  WalkKind kind();

  /** The mm walked, or empty. */
  String mm() default "";

  /** The VMA walked, or empty. */
  String vma() default "";

  /** The {@code MmWalkOps} argument. */
  String ops() default "ops";
}

package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precondition: at least one of the listed requirements holds (a disjunction).
 *
 * <pre>{@code
 * @RequiresAny({
 *     @Requires(kind = LockKind.MMAP_READ, on = "vma.vm_mm"),
 *     @Requires(kind = LockKind.VMA_READ, on = "vma")})
 * static void fault_in(VmAreaStruct vma, long addr) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
@java.lang.annotation.Repeatable(RequiresAny.List.class)
public @interface RequiresAny {
  /** The alternatives. */
  Requires[] value();

  /** The rule key reported when none holds; empty means the key of the first alternative. */
  String rule() default "";

  /** Container for repeated {@code @RequiresAny}. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
  @interface List {
    /** The repeated annotations. */
    RequiresAny[] value();
  }
}

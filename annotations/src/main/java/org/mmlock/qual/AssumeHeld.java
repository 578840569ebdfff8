package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Escape hatch: trust that the lock is held on entry, for protection the checker cannot see
 * (exclusive ownership of a range, a caller outside the checked code). {@code why} must be a
 * non-empty reason ({@code contract.unjustified} otherwise), like the kernel's
 * {@code __context_unsafe(comment)}.
 *
 * <pre>{@code
 * @AssumeHeld(kind = LockKind.MMAP_READ, on = "mm", why = "only called from the fault handler")
 * static void helper(MmStruct mm) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
@java.lang.annotation.Repeatable(AssumeHeld.List.class)
public @interface AssumeHeld {
  /** The kind of lock. */
  LockKind kind();

  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String on();

  /** Why this is safe: required, non-empty. */
  String why();

  /** Container for repeated {@code @AssumeHeld}. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
  @interface List {
    /** The repeated annotations. */
    AssumeHeld[] value();
  }
}

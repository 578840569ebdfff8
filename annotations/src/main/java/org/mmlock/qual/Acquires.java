package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Effect: the method returns holding the lock (an {@code on} of {@code "result"} names the
 * return value, as {@code pmd_lock} does). Checked at exit of the annotated method
 * ({@code contract.postcondition}).
 *
 * <pre>{@code
 * @Acquires(kind = LockKind.MMAP_READ, on = "mm")
 * @MightSleep
 * static void lock_both(MmStruct mm) { mmap_read_lock(mm); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
@java.lang.annotation.Repeatable(Acquires.List.class)
public @interface Acquires {
  /** The kind of lock. */
  LockKind kind();

  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String on();

  /** Container for repeated {@code @Acquires}. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
  @interface List {
    /** The repeated annotations. */
    Acquires[] value();
  }
}

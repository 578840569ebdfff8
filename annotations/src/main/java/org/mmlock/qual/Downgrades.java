package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: turns the write lock of {@code on} into a read lock without releasing it
 * ({@code mmap_write_downgrade}); the VMA write locks of that mm are dropped.
 *
 * <pre>{@code
 * @Downgrades(kind = LockKind.MMAP_WRITE, on = "mm")
 * static void my_downgrade(MmStruct mm) { mmap_write_downgrade(mm); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Downgrades {
  /** The write kind being downgraded. */
  LockKind kind();

  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String on();
}

package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precondition: the per-VMA lock of the given VMA is held, read or write.
 *
 * <p>On an {@code MmStruct} expression it means a VMA lock of some VMA whose {@code vm_mm} is that mm.
 * Key {@code vma.lock.required}.
 *
 * <pre>{@code
 * @RequiresVmaLock("vma")
 * static long flags(VmAreaStruct vma) { return vma.vm_flags; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface RequiresVmaLock {
  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String value();
}

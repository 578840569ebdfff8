package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precondition: the hugetlb VMA lock of the given VMA is held, read or write.
 * Key {@code hugetlb.vma.lock.required}.
 *
 * <pre>{@code
 * @RequiresHugetlbVmaLock("vma")
 * static Pte walk(VmAreaStruct vma, long addr, long sz) { return hugetlb_walk(vma, addr, sz); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface RequiresHugetlbVmaLock {
  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String value();
}

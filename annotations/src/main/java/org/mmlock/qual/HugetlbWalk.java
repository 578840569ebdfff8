package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: the method walks the hugetlb page tables and returns a huge PTE, or null. The walk's
 * protection depends on whether the VMA is shared (seed 001, the comment above
 * {@code huge_pte_offset}): a private mapping needs the mmap lock; a shared, or possibly shared,
 * one needs the hugetlb VMA lock, {@code i_mmap_rwsem} or the walker lock
 * ({@code hugetlb.walk.unprotected}). The returned PTE remembers which lock protected the walk:
 * {@code huge_pte_lock} on it is only safe when that was the hugetlb VMA lock or
 * {@code i_mmap_rwsem} ({@code hugetlb.ptl.under.walker}), and it must not be used once that lock
 * is dropped ({@code pte.use.after.unmap}). {@code raw = true} marks {@code huge_pte_offset},
 * which should not be called directly ({@code hugetlb.raw.offset}, a warning).
 *
 * <pre>{@code
 * @HugetlbWalk(vma = "vma")
 * @MayReturnNull
 * static Pte my_walk(VmAreaStruct vma, long addr, long sz) { return hugetlb_walk(vma, addr, sz); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface HugetlbWalk {
  /** The VMA walked, or empty when only the mm is known. */
  String vma() default "";

  /** The mm walked, when no VMA is given. */
  String mm() default "";

  /** Whether this is the raw walk ({@code huge_pte_offset}) that callers should not use. */
  boolean raw() default false;
}

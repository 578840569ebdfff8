package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: the method steps one level down the page tables from {@code from} (an
 * {@code MmStruct} for {@code pgd_offset}, else the upper-level pointer). The result carries the
 * walk's provenance (which mm, kernel or user). A step in a user mm needs the VMA stable
 * ({@code vma.unstable}).
 *
 * <pre>{@code
 * @PageTableStep(from = "pud")
 * static Pmd my_pmd_offset(Pud pud, long addr) { return pmd_offset(pud, addr); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface PageTableStep {
  /** The mm or upper-level table the step starts from. */
  String from();
}

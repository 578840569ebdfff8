package org.mmlock.examples;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

/**
 * {@code vmalloc_to_page()} from mm/vmalloc.c, returning the page frame number.
 *
 * <p>A kernel-page-table reader: {@code pgd_offset_k(addr)} is {@code pgd_offset(&init_mm, addr)},
 * and the PTE level is reached with {@code pte_offset_kernel()}, which neither maps the table nor
 * enters RCU and has no {@code pte_unmap}. The caller owns the vmalloc area, so no lock is taken.
 * {@code pte_offset_kernel} is only for tables reached from {@code init_mm} (notes rule
 * PTE-RCU-MINIMUM; the espfix fix in the notes' bug list is the mirror image: a kernel table must
 * not go through {@code pte_offset_map}).
 *
 * <p>Demonstrates: traversal from {@code init_mm} without locks,
 * {@code pte.kernel.accessor.user} done right.
 */
public final class VmallocToPage {
  private VmallocToPage() {}

  /**
   * Returns the pfn backing the vmalloc address, or 0.
   *
   * @param vmalloc_addr an address inside a vmalloc area owned by the caller
   * @return the pfn, or 0
   */
  public static long vmalloc_to_page(long vmalloc_addr) {
    long addr = vmalloc_addr;
    long page = 0;
    Pgd pgd = pgd_offset(init_mm, addr); /* pgd_offset_k(addr) */
    P4d p4d = p4d_offset(pgd, addr);
    Pud pud = pud_offset(p4d, addr);
    Pmd pmd = pmd_offset(pud, addr);
    long pmdval = pmdp_get(pmd);
    if (pmd_none(pmdval)) {
      return 0;
    }
    if (pmd_trans_huge(pmdval)) { /* pmd_leaf(*pmd) */
      return (pmdval >>> 12) + ((addr & (PMD_SIZE - 1)) >>> 12);
    }

    Pte ptep = pte_offset_kernel(pmd, addr);
    long pte = ptep_get(ptep);
    if (pte_present(pte)) {
      page = pte >>> 12; /* pte_page(pte) */
    }
    return page;
  }
}

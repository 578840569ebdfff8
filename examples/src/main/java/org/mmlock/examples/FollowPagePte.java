package org.mmlock.examples;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.RequiresMmapRead;

/**
 * {@code follow_page_pte()} from mm/gup.c, reduced to the lookup of one page frame.
 *
 * <p>GUP holds the mmap lock of {@code vma->vm_mm} ({@code mmap_assert_locked} in
 * {@code __get_user_pages}), walks down to the PMD, then maps and locks the PTE table with
 * {@code pte_offset_map_lock}. Since 0d940a9b270b ("mm/pgtable: allow pte_offset_map[_lock]() to
 * fail", v6.5) the map may return NULL when the PMD no longer points to a table, so the result is
 * checked before use and nothing is unlocked on that path. The entry is read under the lock and the
 * table is released with {@code pte_unmap_unlock} on every path.
 *
 * <p>Demonstrates: traversal under the mmap read lock, {@code null.unchecked},
 * {@code pte.unmap.missing} and {@code pte.use.after.unmap} done right.
 */
public final class FollowPagePte {
  private FollowPagePte() {}

  /** Returned when there is no page ({@code no_page_table()} / {@code NULL}). */
  static final long NO_PAGE = 0;

  /**
   * Returns the page frame mapped at {@code address}, or {@link #NO_PAGE}.
   *
   * @param vma the VMA, whose mm is mmap-locked by the caller
   * @param address the user address
   * @return the pfn, or {@link #NO_PAGE}
   */
  @RequiresMmapRead("vma.vm_mm")
  public static long follow_page_pte(VmAreaStruct vma, long address) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, address);
    P4d p4d = p4d_offset(pgd, address);
    Pud pud = pud_offset(p4d, address);
    Pmd pmd = pmd_offset(pud, address);
    long pmdval = pmdp_get_lockless(pmd);
    if (pmd_none(pmdval) || pmd_trans_huge(pmdval)) {
      return NO_PAGE;
    }

    Ref<Spinlock> ptlp = new Ref<>();
    Pte ptep = pte_offset_map_lock(mm, pmd, address, ptlp);
    if (ptep == null) {
      return NO_PAGE; /* no_page_table(vma, flags, address) */
    }
    Spinlock ptl = ptlp.get();
    long pte = ptep_get(ptep);
    if (!pte_present(pte)) {
      pte_unmap_unlock(ptep, ptl); /* goto no_page */
      return NO_PAGE;
    }
    long page = pte >>> 12; /* vm_normal_page(vma, address, pte) */
    pte_unmap_unlock(ptep, ptl);
    return page;
  }
}

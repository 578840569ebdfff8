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
 * Step 2 of {@code collapse_pte_mapped_thp()} from mm/khugepaged.c ("clear page table and adjust
 * rmap"), as converted to {@code pte_offset_map_rw_nolock()} in v6.13, reduced to one entry (a
 * simulated {@code Pte} points to one entry, so {@code pte++} has no equivalent).
 *
 * <p>khugepaged holds only the mmap <em>read</em> lock ({@code mmap_assert_locked(vma->vm_mm)}),
 * under which a concurrent {@code retract_page_tables()} may detach the table (1d65b771bc08). So
 * after {@code spin_lock(ptl)} the code checks {@code pmd_same(pgt_pmd, pmdp_get_lockless(pmd))}
 * and aborts when the PMD changed, exactly the revalidation Hugh Dickins anticipates in seed 004
 * ("there's certainly an argument that one ought to do a pmd_same() check before proceeding").
 *
 * <p>Demonstrates: the rw_nolock writer protocol under the mmap read lock
 * ({@code pte.write.unvalidated}, {@code pte.write.readonly} done right).
 */
public final class CollapsePteMappedThp {
  private CollapsePteMappedThp() {}

  static final int SCAN_SUCCEED = 1;
  static final int SCAN_FAIL = 2;
  static final int SCAN_PMD_NULL = 3;

  /**
   * Clears the entry at {@code haddr} of the PTE table about to be replaced by a huge PMD.
   *
   * @param vma the VMA, its mm mmap-locked by khugepaged
   * @param haddr the huge-page-aligned address
   * @return a {@code SCAN_*} result
   */
  @RequiresMmapRead("vma.vm_mm")
  public static int collapse_pte_mapped_thp(VmAreaStruct vma, long haddr) {
    MmStruct mm = vma.vm_mm;
    mmap_assert_locked(mm);
    Pgd pgd = pgd_offset(mm, haddr); /* find_pmd_or_thp_or_none() */
    P4d p4d = p4d_offset(pgd, haddr);
    Pud pud = pud_offset(p4d, haddr);
    Pmd pmd = pmd_offset(pud, haddr);

    Ref<Long> pgt_pmd = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte start_pte = pte_offset_map_rw_nolock(mm, pmd, haddr, pgt_pmd, ptlp);
    if (start_pte == null) {
      return SCAN_PMD_NULL; /* goto drop_folio */
    }
    Spinlock ptl = ptlp.get();
    spin_lock(ptl);
    if (!pmd_same(pgt_pmd.get(), pmdp_get_lockless(pmd))) {
      pte_unmap_unlock(start_pte, ptl); /* goto abort */
      return SCAN_FAIL;
    }

    /* step 2: clear page table and adjust rmap */
    long pte = ptep_get(start_pte);
    if (!pte_none(pte)) {
      pte_clear(mm, haddr, start_pte);
    }
    pte_unmap_unlock(start_pte, ptl);
    return SCAN_SUCCEED;
  }
}

package org.mmlock.examples.buggy;

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
 * Buggy twin of {@code org.mmlock.examples.CollapsePteMappedThp}
 * ({@code collapse_pte_mapped_thp()}, mm/khugepaged.c).
 *
 * <p>Wrong: the table is mapped with {@code pte_offset_map_ro_nolock()} and then written after
 * {@code spin_lock(ptl)}. The read-only variant records no PMD value, so the writer cannot
 * revalidate that the table is still the one installed; mm/pgtable-generic.c documents its result
 * as never to be modified, even with the lock taken (Qi Zheng, "mm: pgtable: introduce
 * pte_offset_map_{ro|rw}_nolock()"; seed 000). The correct code uses
 * {@code pte_offset_map_rw_nolock()} and {@code pmd_same()}.
 *
 * <p>Expected: {@code pte.write.readonly} on {@code pte_clear}.
 */
public final class CollapsePteMappedThpBuggy {
  private CollapsePteMappedThpBuggy() {}

  static final int SCAN_SUCCEED = 1;
  static final int SCAN_PMD_NULL = 3;

  @RequiresMmapRead("vma.vm_mm")
  public static int collapse_pte_mapped_thp(VmAreaStruct vma, long haddr) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, haddr);
    P4d p4d = p4d_offset(pgd, haddr);
    Pud pud = pud_offset(p4d, haddr);
    Pmd pmd = pmd_offset(pud, haddr);

    Ref<Spinlock> ptlp = new Ref<>();
    Pte start_pte = pte_offset_map_ro_nolock(mm, pmd, haddr, ptlp);
    if (start_pte == null) {
      return SCAN_PMD_NULL;
    }
    Spinlock ptl = ptlp.get();
    spin_lock(ptl);
    long pte = ptep_get(start_pte);
    if (!pte_none(pte)) {
      // :: error: [pte.write.readonly]
      pte_clear(mm, haddr, start_pte);
    }
    pte_unmap_unlock(start_pte, ptl);
    return SCAN_SUCCEED;
  }
}

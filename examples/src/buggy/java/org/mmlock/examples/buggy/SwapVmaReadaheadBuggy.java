package org.mmlock.examples.buggy;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.RequiresVmaStable;

/**
 * Buggy twin of {@code org.mmlock.examples.SwapVmaReadahead} (the PTE scan of
 * {@code swap_vma_readahead()}, mm/swap_state.c).
 *
 * <p>Wrong: the scan stops at the first empty entry by returning straight away, without
 * {@code pte_unmap(pte)}. The table stays mapped (kmap on HIGHPTE) and the RCU read-side section
 * entered by {@code pte_offset_map()} is never left, so RCU grace periods stall and the caller runs
 * "atomic" for ever. mm/pgtable-generic.c: every successful map is undone by {@code pte_unmap};
 * notes rule PTE-UNMAP-PAIRING.
 *
 * <p>Expected: {@code pte.unmap.missing} on the {@code return nr} inside the loop.
 */
public final class SwapVmaReadaheadBuggy {
  private SwapVmaReadaheadBuggy() {}

  @RequiresVmaStable("vma")
  public static int swap_vma_ra_scan(VmAreaStruct vma, long start, long end) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, start);
    P4d p4d = p4d_offset(pgd, start);
    Pud pud = pud_offset(p4d, start);
    Pmd pmd = pmd_offset(pud, start);

    int nr = 0;
    for (long addr = start; addr < end; addr += PAGE_SIZE) {
      Pte pte = pte_offset_map(pmd, addr);
      if (pte == null) {
        break;
      }
      long pentry = ptep_get_lockless(pte);
      if (pte_none(pentry)) {
        // :: error: [pte.unmap.missing]
        return nr;
      }
      pte_unmap(pte);
      if (!pte_present(pentry)) {
        nr++;
      }
    }
    return nr;
  }
}

package org.mmlock.examples.buggy;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.PteLocked;
import org.mmlock.qual.RequiresVmaStable;

/**
 * Buggy twin of {@code org.mmlock.examples.ZapPteRange} ({@code zap_pte_range()} /
 * {@code zap_present_ptes()}, mm/memory.c).
 *
 * <p>Wrong: the table is mapped with plain {@code pte_offset_map()} (no lock) and the entry is
 * handed to {@code zap_present_ptes()}, which clears it with {@code ptep_get_and_clear} on the
 * promise that the caller holds the PTE lock. Without it the clear races with rmap walkers and
 * faults that change the entry under the lock (lost dirty bit, double free of the page).
 * process_addrs.rst "Page table locking details"; notes rule PT-ENTRY-PTL.
 *
 * <p>Expected: {@code pte.lock.required} on the call to {@code zap_present_ptes}.
 */
public final class ZapPteRangeBuggy {
  private ZapPteRangeBuggy() {}

  @RequiresVmaStable("vma")
  public static long zap_pte_range(VmAreaStruct vma, long addr, long end) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, addr);
    P4d p4d = p4d_offset(pgd, addr);
    Pud pud = pud_offset(p4d, addr);
    Pmd pmd = pmd_offset(pud, addr);

    Pte start_pte = pte_offset_map(pmd, addr);
    if (start_pte == null) {
      return addr;
    }
    long rss = 0;
    long ptent = ptep_get(start_pte);
    if (pte_present(ptent)) {
      // :: error: [pte.lock.required]
      rss += zap_present_ptes(vma, start_pte, addr);
    }
    pte_unmap(start_pte);
    return end;
  }

  @RequiresVmaStable("vma")
  static long zap_present_ptes(VmAreaStruct vma, @PteLocked Pte pte, long addr) {
    long ptent = ptep_get_and_clear(vma.vm_mm, addr, pte);
    return pte_present(ptent) ? 1 : 0;
  }
}

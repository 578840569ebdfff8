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
 * Buggy twin of {@code org.mmlock.examples.HandlePteFault} ({@code handle_pte_fault()},
 * mm/memory.c).
 *
 * <p>Wrong: the entry is updated through the {@code pte_offset_map_rw_nolock} result without ever
 * taking {@code vmf->ptl}; the {@code pte_same} comparison is done without the lock, so it proves
 * nothing. A concurrent zap or retract_page_tables (which hold the PTE lock) can change or detach
 * the table between the check and the store. Seed 004 (Jann Horn, 2023-05-31) describes the correct
 * protocol: {@code spin_lock(vmf->ptl)}, then {@code pte_same} under it; process_addrs.rst "Page
 * table locking details" requires the PTE lock for every entry change.
 *
 * <p>Expected: {@code pte.write.unlocked} on {@code set_pte_at}.
 */
public final class HandlePteFaultBuggy {
  private HandlePteFaultBuggy() {}

  static final long _PAGE_ACCESSED = 0x20;

  @RequiresVmaStable("vma")
  public static int handle_pte_fault(VmAreaStruct vma, long address) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, address);
    P4d p4d = p4d_offset(pgd, address);
    Pud pud = pud_offset(p4d, address);
    Pmd pmd = pmd_offset(pud, address);

    Ref<Long> dummy_pmdval = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, address, dummy_pmdval, ptlp);
    if (pte == null) {
      return 0;
    }
    long orig_pte = ptep_get_lockless(pte);
    if (pte_none(orig_pte)) {
      pte_unmap(pte);
      return 0;
    }

    long entry = orig_pte;
    if (!pte_same(entry, ptep_get(pte))) { /* checked, but vmf->ptl was never taken */
      pte_unmap(pte);
      return 0;
    }
    entry = entry | _PAGE_ACCESSED;
    // :: error: [pte.write.unlocked]
    set_pte_at(mm, address, pte, entry);
    pte_unmap(pte);
    return 0;
  }
}

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
 * Buggy twin of {@code org.mmlock.examples.HugetlbFollowPageMask}: {@code
 * hugetlb_follow_page_mask()} (mm/hugetlb.c) as it was in v6.1, before 7d049f3a03ea ("mm/hugetlb:
 * make hugetlb_follow_page_mask() safe to pmd unshare", Peter Xu). Source: seed
 * {@code 001_9785450a7152e000.txt}; notes rules 34 HUGETLB-WALK-LOCK and 35 HUGETLB-PTE-LOCK, bugs
 * table #9. The migration-entry wait-and-retry of the v6.1 code is elided.
 *
 * <p>Wrong: the huge page table is walked with the raw {@code huge_pte_offset()} under nothing but
 * the caller's mmap lock. For a {@code VM_MAYSHARE} mapping that does not prevent a PMD unshare
 * followed by munmap in another process, which frees the PUD-ranged table the returned pointer
 * points into, and with it the lock {@code huge_pte_lock()} then takes (seed: "the PUD-ranged
 * pgtable page can go away from under us"). The VMA's sharing is unknown here, so it is treated
 * as possibly shared.
 *
 * <p>Expected: {@code hugetlb.raw.offset} (warning) and {@code hugetlb.walk.unprotected} on the
 * {@code huge_pte_offset} call, and {@code hugetlb.ptl.under.walker} on the {@code huge_pte_lock}
 * call (the pte was walked under the mmap lock alone, so its table's lock is not protected either:
 * the faithful v6.1 code has all three).
 */
public final class HugetlbFollowPageMaskBuggy {
  private HugetlbFollowPageMaskBuggy() {}

  static final long NO_PAGE = 0;

  static final int FOLL_PIN = 1 << 18;
  static final int PAGE_SHIFT = 12;

  @RequiresMmapRead("vma.vm_mm")
  public static long hugetlb_follow_page_mask(VmAreaStruct vma, long address, int flags) {
    HState h = hstate_vma(vma);
    MmStruct mm = vma.vm_mm;
    long huge_page_mask = ~(huge_page_size(h) - 1);
    long haddr = address & huge_page_mask;
    long page = NO_PAGE;
    Spinlock ptl;
    Pte pte;
    long entry;

    if ((flags & FOLL_PIN) != 0) {
      return NO_PAGE;
    }

    // :: warning: [hugetlb.raw.offset]
    // :: error: [hugetlb.walk.unprotected]
    pte = huge_pte_offset(mm, haddr, huge_page_size(h));
    if (pte == null) {
      return NO_PAGE;
    }

    // :: error: [hugetlb.ptl.under.walker]
    ptl = huge_pte_lock(h, mm, pte);
    entry = huge_ptep_get(mm, haddr, pte);
    if (pte_present(entry)) {
      page = (entry >>> PAGE_SHIFT) + ((address & ~huge_page_mask) >>> PAGE_SHIFT);
    }
    spin_unlock(ptl);
    return page;
  }
}

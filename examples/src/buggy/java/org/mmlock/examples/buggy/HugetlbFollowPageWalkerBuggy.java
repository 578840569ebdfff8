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
 * Buggy twin of {@code org.mmlock.examples.HugetlbFollowPageWalker}: the hugetlb follow-page
 * lookup under the RFC v2 "pgtable walker lock" (Peter Xu, November 2022), extended to take the
 * huge PTE lock as {@code hugetlb_follow_page_mask()} (mm/hugetlb.c) does. Source: seed
 * {@code 001_9785450a7152e000.txt}, case (2.3); notes rules 34 HUGETLB-WALK-LOCK and 35
 * HUGETLB-PTE-LOCK.
 *
 * <p>Wrong: on a possibly shared mapping, the walker lock keeps the old shared PUD page alive but
 * not its page-table lock, which is freed as part of {@code pmd_free()} and is not RCU-protected.
 * Peter Xu in the seed: "if a hugetlb walker that wants to do huge_pte_lock() after
 * huge_pte_offset() it won't be guarded by RCU, hence the new lock won't easily work for them",
 * and the proposed comment: "it's not safe to access pgtable lock with this lock. If
 * huge_pte_lock() needed, look for (2.1) or (2.2)". This is why the merged series takes the
 * hugetlb VMA lock in {@code hugetlb_follow_page_mask()} (7d049f3a03ea).
 *
 * <p>Expected: {@code hugetlb.ptl.under.walker} on the {@code huge_pte_lock} call.
 */
public final class HugetlbFollowPageWalkerBuggy {
  private HugetlbFollowPageWalkerBuggy() {}

  static final long NO_PAGE = 0;

  static final int PAGE_SHIFT = 12;

  @RequiresMmapRead("vma.vm_mm")
  public static long hugetlb_follow_page_nowait(VmAreaStruct vma, long address) {
    HState h = hstate_vma(vma);
    MmStruct mm = vma.vm_mm;
    long huge_page_mask = ~(huge_page_size(h) - 1);
    long haddr = address & huge_page_mask;
    long page = NO_PAGE;

    hugetlb_walker_lock();
    Pte pte = hugetlb_walk(vma, haddr, huge_page_size(h));
    if (pte == null) {
      hugetlb_walker_unlock();
      return NO_PAGE;
    }
    // :: error: [hugetlb.ptl.under.walker]
    Spinlock ptl = huge_pte_lock(h, mm, pte);
    long entry = huge_ptep_get(mm, haddr, pte);
    if (pte_present(entry)) {
      page = (entry >>> PAGE_SHIFT) + ((address & ~huge_page_mask) >>> PAGE_SHIFT);
    }
    spin_unlock(ptl);
    hugetlb_walker_unlock();
    return page;
  }
}

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
 * A non-sleeping hugetlb follow-page lookup under the "pgtable walker lock" of Peter Xu's RFC v2
 * "mm/hugetlb: Make huge_pte_offset() thread-safe for pmd unshare" (November 2022). Source: seed
 * {@code 001_9785450a7152e000.txt}, case (2.3) of the proposed {@code huge_pte_offset()} comment;
 * notes rule 34 HUGETLB-WALK-LOCK. Kernel context: {@code hugetlb_follow_page_mask()} in
 * mm/hugetlb.c. The walker lock was <em>not merged</em>: the v3 series (v6.2, 7d049f3a03ea) takes
 * the hugetlb VMA lock instead, see {@code HugetlbFollowPageMask}.
 *
 * <p>The RFC's motivation was that "the follow page path should sleep as less as possible"
 * ({@code FOLL_NOWAIT}): the walker lock is RCU-like and never sleeps. Under it, even if a PMD
 * unshare happens concurrently, "the old shared PUD page won't get freed from under us": the entry
 * value may be stale, but reading it through the {@code pte_t *} is safe. So this lookup only reads
 * the entry with {@code huge_ptep_get()} (no page-table lock, no reference taken: the caller
 * treats the result as a hint, as {@code userfaultfd_huge_must_wait()} does) and does not use the
 * pte after {@code hugetlb_walker_unlock()}.
 *
 * <p>Demonstrates: {@code hugetlb.walk.unprotected} satisfied by {@code WALKER} (case 2.3),
 * {@code hugetlb.ptl.under.walker} and {@code pte.use.after.unmap} done right.
 */
public final class HugetlbFollowPageWalker {
  private HugetlbFollowPageWalker() {}

  /** Returned when there is no page ({@code NULL}). */
  static final long NO_PAGE = 0;

  static final int PAGE_SHIFT = 12;

  /**
   * Returns the page frame currently mapped at {@code address} in a hugetlb VMA (possibly stale),
   * or {@link #NO_PAGE}; never sleeps after the caller's mmap lock.
   *
   * @param vma the hugetlb VMA; its mm is mmap-locked by the caller
   * @param address the user address
   * @return the pfn, or {@link #NO_PAGE}
   */
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
    /* Lockless: the value may be obsolete after a concurrent unshare (2.3). */
    long entry = huge_ptep_get(mm, haddr, pte);
    hugetlb_walker_unlock();

    if (pte_present(entry)) {
      page = (entry >>> PAGE_SHIFT) + ((address & ~huge_page_mask) >>> PAGE_SHIFT);
    }
    return page;
  }
}

package org.mmlock.examples;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.MightSleep;
import org.mmlock.qual.RequiresMmapRead;

/**
 * {@code hugetlb_follow_page_mask()} from mm/hugetlb.c after 7d049f3a03ea ("mm/hugetlb: make
 * hugetlb_follow_page_mask() safe to pmd unshare") and 9c67a20704e7 ("mm/hugetlb: introduce
 * hugetlb_walk()"), Peter Xu's series "mm/hugetlb: Make huge_pte_offset() thread-safe for pmd
 * unshare" (v6.2). Source: seed {@code 001_9785450a7152e000.txt}; notes rules 34
 * HUGETLB-WALK-LOCK and 35 HUGETLB-PTE-LOCK, bugs table #9.
 *
 * <p>{@code follow_page_mask()} holds the mmap lock of {@code vma->vm_mm}, which does not stop a
 * PMD unshare followed by munmap in another process from freeing a shared PUD-ranged page table
 * and its lock. The fixed function takes the hugetlb VMA lock for reading (case 2.1 of the
 * {@code huge_pte_offset()} comment) around the walk and the huge PTE lock, and drops it on every
 * path ({@code out}/{@code out_unlock}). {@code try_grab_page()}, which cannot fail with the ptl
 * held and the entry present, is elided; a page is returned as its pfn.
 *
 * <p>Demonstrates: {@code hugetlb.walk.unprotected}, {@code hugetlb.ptl.under.walker},
 * {@code null.unchecked} and {@code lock.leak} done right for a hugetlb lookup.
 */
public final class HugetlbFollowPageMask {
  private HugetlbFollowPageMask() {}

  /** Returned when there is no page ({@code NULL}). */
  static final long NO_PAGE = 0;

  static final int FOLL_PIN = 1 << 18;
  static final int PAGE_SHIFT = 12;

  /**
   * Returns the page frame mapped at {@code address} in a hugetlb VMA, or {@link #NO_PAGE}.
   *
   * @param vma the hugetlb VMA; its mm is mmap-locked by the caller
   * @param address the user address
   * @param flags the {@code FOLL_*} flags
   * @return the pfn, or {@link #NO_PAGE}
   */
  @MightSleep
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

    /*
     * FOLL_PIN is not supported for follow_page(). Ordinary GUP goes via
     * follow_hugetlb_page().
     */
    if ((flags & FOLL_PIN) != 0) { /* WARN_ON_ONCE */
      return NO_PAGE;
    }

    hugetlb_vma_lock_read(vma);
    pte = hugetlb_walk(vma, haddr, huge_page_size(h));
    if (pte == null) {
      hugetlb_vma_unlock_read(vma); /* goto out_unlock */
      return NO_PAGE;
    }

    ptl = huge_pte_lock(h, mm, pte);
    entry = huge_ptep_get(mm, haddr, pte);
    if (pte_present(entry)) {
      page = (entry >>> PAGE_SHIFT) + ((address & ~huge_page_mask) >>> PAGE_SHIFT);
      /*
       * try_grab_page() should always succeed here, because we hold
       * the ptl lock and have verified pte_present().
       */
    }
    /* out: */
    spin_unlock(ptl);
    /* out_unlock: */
    hugetlb_vma_unlock_read(vma);
    return page;
  }
}

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
import org.mmlock.qual.RequiresMmapWrite;

/**
 * {@code hugetlb_unshare_pmds()} (formerly {@code hugetlb_unshare_all_pmds()}) from mm/hugetlb.c,
 * the caller of {@code huge_pmd_unshare()} used by userfaultfd write-protect registration and VMA
 * split, in its form after 40549ba8f8e0 ("hugetlb: use new vma_lock for pmd sharing
 * synchronization", Mike Kravetz, v6.1) and 9c67a20704e7 ("mm/hugetlb: introduce hugetlb_walk()").
 * Source: seed {@code 001_9785450a7152e000.txt} (the hugetlb VMA lock "forbidden pmd unsharing
 * during the lock being taken"); notes rule 34 HUGETLB-WALK-LOCK, bugs table #8 and #9; the
 * {@code huge_pmd_unshare()} contract in mm/hugetlb.c ({@code i_mmap_assert_write_locked},
 * {@code hugetlb_vma_assert_locked}, "Called with page table lock held").
 *
 * <p>Unsharing clears a PUD entry that points to a PMD page shared with other processes. It takes
 * every lock under which a hugetlb walk of the range may start, in the documented order: the
 * hugetlb VMA lock for writing (blocks faults and walkers of this VMA, case 2.1), then
 * {@code i_mmap_rwsem} of the file for writing (blocks rmap walkers and {@code huge_pmd_share()},
 * case 2.2), then, per PUD, the huge PTE lock. The mmu notifier calls and TLB/cache flushes are
 * elided to comments.
 *
 * <p>Demonstrates: {@code hugetlb.unshare.locks}, {@code hugetlb.walk.unprotected},
 * {@code lock.order} and {@code lock.leak} done right; a {@code VM_MAYSHARE} test making the VMA
 * known shared.
 */
public final class HugetlbUnsharePmds {
  private HugetlbUnsharePmds() {}

  /**
   * Unshares every shared PMD page in {@code [start, end)}, which is {@code PUD_SIZE} aligned.
   *
   * @param vma the hugetlb VMA; its mm is mmap-write-locked by the caller
   * @param start start of the range
   * @param end end of the range
   */
  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  public static void hugetlb_unshare_pmds(VmAreaStruct vma, long start, long end) {
    HState h = hstate_vma(vma);
    long sz = huge_page_size(h);
    MmStruct mm = vma.vm_mm;
    long address;
    Spinlock ptl;
    Pte ptep;

    if ((vma.vm_flags & VM_MAYSHARE) == 0) {
      return;
    }

    if (start >= end) {
      return;
    }

    /* flush_cache_range(vma, start, end); */
    /* mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, mm, start, end); */
    /* mmu_notifier_invalidate_range_start(&range); */
    hugetlb_vma_lock_write(vma);
    i_mmap_lock_write(vma.vm_file.f_mapping);
    for (address = start; address < end; address += PUD_SIZE) {
      ptep = hugetlb_walk(vma, address, sz);
      if (ptep == null) {
        continue;
      }
      ptl = huge_pte_lock(h, mm, ptep);
      huge_pmd_unshare(mm, vma, address, ptep);
      spin_unlock(ptl);
    }
    /* flush_hugetlb_tlb_range(vma, start, end); */
    i_mmap_unlock_write(vma.vm_file.f_mapping);
    hugetlb_vma_unlock_write(vma);
    /* mmu_notifier_invalidate_range_end(&range); */
  }
}

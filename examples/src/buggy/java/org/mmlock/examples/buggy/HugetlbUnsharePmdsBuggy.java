package org.mmlock.examples.buggy;

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
 * Buggy twin of {@code org.mmlock.examples.HugetlbUnsharePmds} ({@code hugetlb_unshare_pmds()} /
 * {@code hugetlb_unshare_all_pmds()}, mm/hugetlb.c, calling {@code huge_pmd_unshare()}). Source:
 * seed {@code 001_9785450a7152e000.txt}; notes rule 34 HUGETLB-WALK-LOCK, bugs table #8; the
 * {@code huge_pmd_unshare()} contract in mm/hugetlb.c.
 *
 * <p>Wrong, twice:
 *
 * <ul>
 *   <li>{@code hugetlb_unshare_all_pmds_no_vma_lock}: the shape the function had before
 *       40549ba8f8e0 ("hugetlb: use new vma_lock for pmd sharing synchronization", v6.1), with
 *       {@code i_mmap_rwsem} but no hugetlb VMA lock (written with today's {@code hugetlb_walk}
 *       instead of {@code huge_pte_offset}). Since that commit page faults and hugetlb walkers
 *       synchronise with unsharing through the hugetlb VMA lock, not {@code i_mmap_rwsem}, so
 *       unsharing without it can free a PMD page a fault of this VMA is using
 *       ({@code hugetlb_vma_assert_locked} in {@code huge_pmd_unshare}).
 *   <li>{@code hugetlb_unshare_pmds_no_ptl}: unshares outside the huge PTE lock, which
 *       {@code huge_pmd_unshare} is documented to be called with ("Called with page table lock
 *       held"): the refcount test and the {@code pud_clear} are not serialised with other users of
 *       that lock.
 * </ul>
 *
 * <p>Expected: {@code hugetlb.unshare.locks} on each {@code huge_pmd_unshare} call.
 */
public final class HugetlbUnsharePmdsBuggy {
  private HugetlbUnsharePmdsBuggy() {}

  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  public static void hugetlb_unshare_all_pmds_no_vma_lock(VmAreaStruct vma, long start, long end) {
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

    i_mmap_lock_write(vma.vm_file.f_mapping);
    for (address = start; address < end; address += PUD_SIZE) {
      ptep = hugetlb_walk(vma, address, sz);
      if (ptep == null) {
        continue;
      }
      ptl = huge_pte_lock(h, mm, ptep);
      // :: error: [hugetlb.unshare.locks]
      huge_pmd_unshare(mm, vma, address, ptep);
      spin_unlock(ptl);
    }
    i_mmap_unlock_write(vma.vm_file.f_mapping);
  }

  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  public static void hugetlb_unshare_pmds_no_ptl(VmAreaStruct vma, long start, long end) {
    HState h = hstate_vma(vma);
    long sz = huge_page_size(h);
    MmStruct mm = vma.vm_mm;
    long address;
    Pte ptep;

    if ((vma.vm_flags & VM_MAYSHARE) == 0) {
      return;
    }

    if (start >= end) {
      return;
    }

    hugetlb_vma_lock_write(vma);
    i_mmap_lock_write(vma.vm_file.f_mapping);
    for (address = start; address < end; address += PUD_SIZE) {
      ptep = hugetlb_walk(vma, address, sz);
      if (ptep == null) {
        continue;
      }
      // :: error: [hugetlb.unshare.locks]
      huge_pmd_unshare(mm, vma, address, ptep);
    }
    i_mmap_unlock_write(vma.vm_file.f_mapping);
    hugetlb_vma_unlock_write(vma);
  }
}

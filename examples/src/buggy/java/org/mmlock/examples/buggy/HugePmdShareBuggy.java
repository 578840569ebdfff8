package org.mmlock.examples.buggy;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.Aliases;
import org.mmlock.qual.MayReturnNull;
import org.mmlock.qual.MightSleep;
import org.mmlock.qual.RequiresIMmap;
import org.mmlock.qual.RequiresMmapRead;

/**
 * Buggy twin of {@code org.mmlock.examples.HugePmdShare} ({@code huge_pmd_share()},
 * mm/hugetlb.c). Source: seed {@code 001_9785450a7152e000.txt} ("huge_pmd_share() is actually a
 * tricky user of huge_pte_offset(), because even if we took the vma lock, we're walking on another
 * mm's vma!"); notes rules 34 HUGETLB-WALK-LOCK and 35 HUGETLB-PTE-LOCK.
 *
 * <p>Wrong: the sharing candidate {@code svma} is found under {@code i_mmap_rwsem}, but the lock is
 * dropped before walking svma's page tables. svma belongs to another mm whose mmap lock is not
 * held, and its sharing is unknown: without {@code i_mmap_rwsem} (case 2.2) nothing stops the other
 * process from unsharing and unmapping, freeing the PMD page and its lock under the walk. (The real
 * function keeps {@code i_mmap_rwsem} until after {@code pmd_alloc()}; the PUD must also be
 * populated inside that section.)
 *
 * <p>Expected: {@code hugetlb.walk.unprotected} on the {@code hugetlb_walk} of svma, and
 * {@code hugetlb.ptl.under.walker} on the {@code huge_pte_lock} of the pte it returned: the lock
 * lives in the PMD page that may be freed.
 */
public final class HugePmdShareBuggy {
  private HugePmdShareBuggy() {}

  static final int PAGE_SHIFT = 12;
  static final long PUD_MASK = ~((1L << 30) - 1);

  @RequiresIMmap("mapping")
  @Aliases(path = "result.vm_file.f_mapping", to = "mapping")
  @MayReturnNull
  static VmAreaStruct vma_interval_tree_iter_first(AddressSpace mapping, long start, long last) {
    throw new UnsupportedOperationException("vma_interval_tree_iter_first: not simulated");
  }

  @RequiresIMmap("node.vm_file.f_mapping")
  @Aliases(path = "result.vm_file.f_mapping", to = "node.vm_file.f_mapping")
  @MayReturnNull
  static VmAreaStruct vma_interval_tree_iter_next(VmAreaStruct node, long start, long last) {
    throw new UnsupportedOperationException("vma_interval_tree_iter_next: not simulated");
  }

  @MightSleep
  @MayReturnNull
  static Pte huge_pmd_alloc(MmStruct mm, Pud pud, long addr) {
    throw new UnsupportedOperationException("pmd_alloc: not simulated");
  }

  @RequiresIMmap("svma.vm_file.f_mapping")
  @RequiresMmapRead("vma.vm_mm")
  static long page_table_shareable(VmAreaStruct svma, VmAreaStruct vma, long addr, long idx) {
    long saddr = (idx << PAGE_SHIFT) + svma.vm_start;
    long sbase = saddr & PUD_MASK;
    long s_end = sbase + PUD_SIZE;

    if (((addr ^ saddr) & (PUD_SIZE - 1) & ~(PMD_SIZE - 1)) != 0
        || vma.vm_flags != svma.vm_flags
        || sbase < svma.vm_start || s_end > svma.vm_end
        || svma.vm_private_data == null) {
      return 0;
    }
    return saddr;
  }

  @MightSleep
  @RequiresMmapRead("vma.vm_mm")
  public static Pte huge_pmd_share(MmStruct mm, VmAreaStruct vma, long addr, Pud pud) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    long idx = (addr - vma.vm_start) >>> PAGE_SHIFT;
    long sz = huge_page_size(hstate_vma(vma)); /* page_table_shareable() matched the flags */
    VmAreaStruct svma;
    long saddr = 0;
    Pte spte = null;
    Pte pte;
    Spinlock ptl;

    i_mmap_lock_read(mapping);
    for (svma = vma_interval_tree_iter_first(mapping, idx, idx);
        svma != null;
        svma = vma_interval_tree_iter_next(svma, idx, idx)) {
      if (svma == vma) {
        continue;
      }

      saddr = page_table_shareable(svma, vma, addr, idx);
      if (saddr != 0) {
        break;
      }
    }
    i_mmap_unlock_read(mapping);

    if (svma != null) {
      // :: error: [hugetlb.walk.unprotected]
      spte = hugetlb_walk(svma, saddr, sz);
    }

    if (spte != null) {
      // :: error: [hugetlb.ptl.under.walker]
      ptl = huge_pte_lock(hstate_vma(vma), mm, spte);
      /* pud_none(*pud) ? pud_populate(...) : put_page(...) */
      spin_unlock(ptl);
    }
    pte = huge_pmd_alloc(mm, pud, addr);
    return pte;
  }
}

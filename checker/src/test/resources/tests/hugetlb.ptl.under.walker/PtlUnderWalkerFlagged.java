import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PtlUnderWalkerFlagged {
  // Case 2.3 of the seed: the walker lock keeps the table page alive, not its lock.
  static long walkerThenPtlUnknownSharing(VmAreaStruct vma, long addr) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    long v = 0;
    hugetlb_walker_lock();
    Pte pte = hugetlb_walk(vma, addr, huge_page_size(h));
    if (pte != null) {
      // :: error: [hugetlb.ptl.under.walker]
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      v = huge_ptep_get(mm, addr, pte);
      spin_unlock(ptl);
    }
    hugetlb_walker_unlock();
    return v;
  }

  // Known shared (VM_MAYSHARE), walked under the walker lock.
  static long walkerOnSharedBranch(VmAreaStruct vma, HState h, long addr) {
    MmStruct mm = vma.vm_mm;
    long v = 0;
    mmap_read_lock(mm);
    if ((vma.vm_flags & VM_MAYSHARE) != 0) {
      hugetlb_walker_lock();
      Pte pte = hugetlb_walk(vma, addr, huge_page_size(h));
      if (pte != null) {
        // :: error: [hugetlb.ptl.under.walker]
        Spinlock ptl = huge_pte_lock(h, mm, pte);
        v = huge_ptep_get(mm, addr, pte);
        spin_unlock(ptl);
      }
      hugetlb_walker_unlock();
    }
    mmap_read_unlock(mm);
    return v;
  }

  // A @SharedMapping parameter, walker lock required of the caller.
  @RequiresWalkerLock
  static long sharedParamCallerWalker(@SharedMapping VmAreaStruct vma, HState h, long addr, long sz) {
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte == null) {
      return 0;
    }
    // :: error: [hugetlb.ptl.under.walker]
    Spinlock ptl = huge_pte_lock(h, vma.vm_mm, pte);
    long v = huge_ptep_get(vma.vm_mm, addr, pte);
    spin_unlock(ptl);
    return v;
  }

  // The mmap lock alone on a possibly shared mapping: the walk is already unprotected, and its
  // PTE's lock cannot be taken either.
  static long mmapAloneUnknownSharing(VmAreaStruct vma, HState h, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    long v = 0;
    mmap_read_lock(mm);
    // :: error: [hugetlb.walk.unprotected]
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      // :: error: [hugetlb.ptl.under.walker]
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      v = huge_ptep_get(mm, addr, pte);
      spin_unlock(ptl);
    }
    mmap_read_unlock(mm);
    return v;
  }

  // Walker and mmap lock together on a shared mapping: neither is 2.1 or 2.2.
  static long walkerAndMmapOnShared(@SharedMapping VmAreaStruct vma, HState h, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    long v = 0;
    mmap_read_lock(mm);
    hugetlb_walker_lock();
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      // :: error: [hugetlb.ptl.under.walker]
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      v = huge_ptep_get(mm, addr, pte);
      spin_unlock(ptl);
    }
    hugetlb_walker_unlock();
    mmap_read_unlock(mm);
    return v;
  }

  // The raw walk under the walker lock, then its PTE's lock.
  static long rawOffsetUnderWalker(MmStruct mm, HState h, long addr, long sz) {
    long v = 0;
    hugetlb_walker_lock();
    // :: warning: [hugetlb.raw.offset]
    Pte pte = huge_pte_offset(mm, addr, sz);
    if (pte != null) {
      // :: error: [hugetlb.ptl.under.walker]
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      v = huge_ptep_get(mm, addr, pte);
      spin_unlock(ptl);
    }
    hugetlb_walker_unlock();
    return v;
  }

  // Through an alias of the walked PTE, in a loop.
  static int aliasInLoop(VmAreaStruct vma, HState h, long start, long sz, int n) {
    MmStruct mm = vma.vm_mm;
    int present = 0;
    hugetlb_walker_lock();
    for (int i = 0; i < n; i++) {
      Pte pte = hugetlb_walk(vma, start + i * sz, sz);
      if (pte == null) {
        continue;
      }
      Pte p = pte;
      // :: error: [hugetlb.ptl.under.walker]
      Spinlock ptl = huge_pte_lock(h, mm, p);
      if (huge_ptep_get(mm, start + i * sz, p) != 0) {
        present++;
      }
      spin_unlock(ptl);
    }
    hugetlb_walker_unlock();
    return present;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class HugetlbUseAfterGuard {
  // The hugetlb VMA lock is dropped before the huge PTE lock is taken.
  static long hvmaDroppedBeforePtl(VmAreaStruct vma, HState h, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    hugetlb_vma_lock_read(vma);
    Pte pte = hugetlb_walk(vma, addr, sz);
    hugetlb_vma_unlock_read(vma);
    if (pte == null) {
      return 0;
    }
    // :: error: [pte.use.after.unmap]
    Spinlock ptl = huge_pte_lock(h, mm, pte);
    spin_unlock(ptl);
    return 1;
  }

  // i_mmap_rwsem is dropped before the huge PTE lock is taken.
  static long iMmapDroppedBeforePtl(VmAreaStruct vma, HState h, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    Pte pte = hugetlb_walk(vma, addr, sz);
    i_mmap_unlock_read(mapping);
    if (pte == null) {
      return 0;
    }
    // :: error: [pte.use.after.unmap]
    Spinlock ptl = huge_pte_lock(h, mm, pte);
    spin_unlock(ptl);
    return 1;
  }

  // Walked under the walker lock, locked after it: the table may be gone.
  static long walkerDroppedBeforePtl(@PrivateMapping VmAreaStruct vma, HState h, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    hugetlb_walker_lock();
    Pte pte = hugetlb_walk(vma, addr, sz);
    hugetlb_walker_unlock();
    if (pte == null) {
      return 0;
    }
    // :: error: [pte.use.after.unmap]
    Spinlock ptl = huge_pte_lock(h, mm, pte);
    spin_unlock(ptl);
    return 1;
  }

  // A walker-lock walk, then the hugetlb VMA lock: locking the old PTE is still too late.
  static long walkerDroppedThenHvma(VmAreaStruct vma, HState h, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    hugetlb_walker_lock();
    Pte pte = hugetlb_walk(vma, addr, sz);
    hugetlb_walker_unlock();
    hugetlb_vma_lock_read(vma);
    long v = 0;
    if (pte != null) {
      // :: error: [pte.use.after.unmap]
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      spin_unlock(ptl);
      v = 1;
    }
    hugetlb_vma_unlock_read(vma);
    return v;
  }

  // Read after the hugetlb VMA lock was dropped.
  static long readAfterHvma(VmAreaStruct vma, long addr, long sz) {
    hugetlb_vma_lock_read(vma);
    Pte pte = hugetlb_walk(vma, addr, sz);
    hugetlb_vma_unlock_read(vma);
    if (pte == null) {
      return 0;
    }
    // :: error: [pte.use.after.unmap]
    return huge_ptep_get(vma.vm_mm, addr, pte);
  }

  // Rule 31: dropping the lock (to reschedule) and retaking it does not revive the PTE.
  static long readAfterHvmaRetaken(VmAreaStruct vma, long addr, long sz) {
    long v = 0;
    hugetlb_vma_lock_read(vma);
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      hugetlb_vma_unlock_read(vma);
      hugetlb_vma_lock_read(vma);
      // :: error: [pte.use.after.unmap]
      v = huge_ptep_get(vma.vm_mm, addr, pte);
    }
    hugetlb_vma_unlock_read(vma);
    return v;
  }

  // ok: pte.use.after.unmap
  static long walkAgainAfterRetaking(VmAreaStruct vma, HState h, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    long v = 0;
    hugetlb_vma_lock_read(vma);
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      v = huge_ptep_get(mm, addr, pte);
    }
    hugetlb_vma_unlock_read(vma);
    hugetlb_vma_lock_read(vma);
    pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      v = huge_ptep_get(mm, addr, pte);
      spin_unlock(ptl);
    }
    hugetlb_vma_unlock_read(vma);
    return v;
  }

  // ok: pte.use.after.unmap
  static long valueUsedAfterTheGuard(VmAreaStruct vma, HState h, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    long v = 0;
    hugetlb_vma_lock_read(vma);
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      v = huge_ptep_get(mm, addr, pte);
      spin_unlock(ptl);
    }
    hugetlb_vma_unlock_read(vma);
    return pte_none(v) ? 0 : v;
  }
}

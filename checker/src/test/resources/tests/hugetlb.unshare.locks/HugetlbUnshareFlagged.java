import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class HugetlbUnshareFlagged {
  static int noIMmapLock(VmAreaStruct vma, long addr, Pte pte) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    hugetlb_vma_lock_write(vma);
    Spinlock ptl = huge_pte_lock(h, mm, pte);
    // :: error: [hugetlb.unshare.locks]
    int r = huge_pmd_unshare(mm, vma, addr, pte);
    spin_unlock(ptl);
    hugetlb_vma_unlock_write(vma);
    return r;
  }

  static int iMmapOnlyForRead(VmAreaStruct vma, long addr, Pte pte) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    hugetlb_vma_lock_write(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    Spinlock ptl = huge_pte_lock(h, mm, pte);
    // :: error: [hugetlb.unshare.locks]
    int r = huge_pmd_unshare(mm, vma, addr, pte);
    spin_unlock(ptl);
    i_mmap_unlock_read(mapping);
    hugetlb_vma_unlock_write(vma);
    return r;
  }

  static int noHugetlbVmaLock(VmAreaStruct vma, long addr, Pte pte) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    Spinlock ptl = huge_pte_lock(h, mm, pte);
    // :: error: [hugetlb.unshare.locks]
    int r = huge_pmd_unshare(mm, vma, addr, pte);
    spin_unlock(ptl);
    i_mmap_unlock_write(mapping);
    return r;
  }


  static int iMmapOfAnotherVma(VmAreaStruct vma, VmAreaStruct other, long addr, Pte pte) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    hugetlb_vma_lock_write(vma);
    AddressSpace mapping = other.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    Spinlock ptl = huge_pte_lock(h, mm, pte);
    // :: error: [hugetlb.unshare.locks]
    int r = huge_pmd_unshare(mm, vma, addr, pte);
    spin_unlock(ptl);
    i_mmap_unlock_write(mapping);
    hugetlb_vma_unlock_write(vma);
    return r;
  }

  static int hugetlbVmaLockDroppedEarly(VmAreaStruct vma, long addr, Pte pte) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    hugetlb_vma_lock_read(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    hugetlb_vma_unlock_read(vma);
    Spinlock ptl = huge_pte_lock(h, mm, pte);
    // :: error: [hugetlb.unshare.locks]
    int r = huge_pmd_unshare(mm, vma, addr, pte);
    spin_unlock(ptl);
    i_mmap_unlock_write(mapping);
    return r;
  }

  static int noHugePteLock(VmAreaStruct vma, long addr, Pte pte) {
    MmStruct mm = vma.vm_mm;
    hugetlb_vma_lock_write(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    // :: error: [hugetlb.unshare.locks]
    int r = huge_pmd_unshare(mm, vma, addr, pte);
    i_mmap_unlock_write(mapping);
    hugetlb_vma_unlock_write(vma);
    return r;
  }

  static int hugePteLockAlreadyDropped(VmAreaStruct vma, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    int r = 0;
    hugetlb_vma_lock_write(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      spin_unlock(ptl);
      // :: error: [hugetlb.unshare.locks]
      r = huge_pmd_unshare(mm, vma, addr, pte);
    }
    i_mmap_unlock_write(mapping);
    hugetlb_vma_unlock_write(vma);
    return r;
  }

  static int lockOfAnotherHugePte(VmAreaStruct vma, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    int r = 0;
    hugetlb_vma_lock_write(vma);
    i_mmap_lock_write(vma.vm_file.f_mapping);
    Pte pte = hugetlb_walk(vma, addr, sz);
    Pte next = hugetlb_walk(vma, addr + PUD_SIZE, sz);
    if (pte != null && next != null) {
      Spinlock ptl = huge_pte_lock(h, mm, next);
      // :: error: [hugetlb.unshare.locks]
      r = huge_pmd_unshare(mm, vma, addr, pte);
      spin_unlock(ptl);
    }
    i_mmap_unlock_write(vma.vm_file.f_mapping);
    hugetlb_vma_unlock_write(vma);
    return r;
  }

  static int hugePteLockInOneBranchOnly(VmAreaStruct vma, long addr, long sz, boolean lock) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    int r = 0;
    hugetlb_vma_lock_write(vma);
    i_mmap_lock_write(vma.vm_file.f_mapping);
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      if (lock) {
        Spinlock ptl = huge_pte_lock(h, mm, pte);
        r = huge_pmd_unshare(mm, vma, addr, pte);
        spin_unlock(ptl);
      } else {
        // :: error: [hugetlb.unshare.locks]
        r = huge_pmd_unshare(mm, vma, addr, pte);
      }
    }
    i_mmap_unlock_write(vma.vm_file.f_mapping);
    hugetlb_vma_unlock_write(vma);
    return r;
  }
}

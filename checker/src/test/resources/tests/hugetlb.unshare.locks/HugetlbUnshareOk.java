import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class HugetlbUnshareOk {
  // ok: hugetlb.unshare.locks
  static int allLocks(VmAreaStruct vma, long addr, Pte pte) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    hugetlb_vma_lock_write(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    Spinlock ptl = huge_pte_lock(h, mm, pte);
    int r = huge_pmd_unshare(mm, vma, addr, pte);
    spin_unlock(ptl);
    i_mmap_unlock_write(mapping);
    hugetlb_vma_unlock_write(vma);
    return r;
  }

  // ok: hugetlb.unshare.locks
  static int hugetlbVmaReadLockIsEnough(VmAreaStruct vma, long addr, Pte pte) {
    MmStruct mm = vma.vm_mm;
    hugetlb_vma_lock_read(vma);
    i_mmap_lock_write(vma.vm_file.f_mapping);
    Spinlock ptl = huge_pte_lock(hstate_vma(vma), mm, pte);
    int r = huge_pmd_unshare(vma.vm_mm, vma, addr, pte);
    spin_unlock(ptl);
    i_mmap_unlock_write(vma.vm_file.f_mapping);
    hugetlb_vma_unlock_read(vma);
    return r;
  }

  // ok: hugetlb.unshare.locks
  @RequiresHugetlbVmaLock("vma")
  @RequiresIMmap(value = "vma.vm_file.f_mapping", write = true)
  static int locksOnEntry(VmAreaStruct vma, long addr, @PteLocked Pte pte) {
    return huge_pmd_unshare(vma.vm_mm, vma, addr, pte);
  }

  // ok: hugetlb.unshare.locks
  static int loopUnderLocks(VmAreaStruct vma, long addr, Pte pte, int n) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    int count = 0;
    hugetlb_vma_lock_write(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    try {
      for (int i = 0; i < n; i++) {
        Spinlock ptl = huge_pte_lock(h, mm, pte);
        count += huge_pmd_unshare(mm, vma, addr + i * PUD_SIZE, pte);
        spin_unlock(ptl);
      }
    } finally {
      i_mmap_unlock_write(mapping);
      hugetlb_vma_unlock_write(vma);
    }
    return count;
  }

  // The shape of hugetlb_unshare_pmds(): walk under both sleeping locks, then the huge PTE lock.
  // ok: hugetlb.unshare.locks
  static int unshareRange(VmAreaStruct vma, long start, long end) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    long sz = huge_page_size(h);
    int count = 0;
    hugetlb_vma_lock_write(vma);
    i_mmap_lock_write(vma.vm_file.f_mapping);
    for (long addr = start; addr < end; addr += PUD_SIZE) {
      Pte pte = hugetlb_walk(vma, addr, sz);
      if (pte == null) {
        continue;
      }
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      count += huge_pmd_unshare(mm, vma, addr, pte);
      spin_unlock(ptl);
    }
    i_mmap_unlock_write(vma.vm_file.f_mapping);
    hugetlb_vma_unlock_write(vma);
    return count;
  }

  // ok: hugetlb.unshare.locks
  static int walkedUnderHvmaReadWithAlias(VmAreaStruct vma, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    int r = 0;
    hugetlb_vma_lock_read(vma);
    i_mmap_lock_write(mapping);
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      Pte p = pte;
      Spinlock ptl = huge_pte_lock(h, mm, p);
      r = huge_pmd_unshare(mm, vma, addr, pte);
      spin_unlock(ptl);
    }
    i_mmap_unlock_write(mapping);
    hugetlb_vma_unlock_read(vma);
    return r;
  }
}

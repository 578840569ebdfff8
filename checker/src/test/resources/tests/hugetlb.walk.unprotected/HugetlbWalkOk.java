import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class HugetlbWalkOk {
  // ok: hugetlb.walk.unprotected
  static boolean sharedBranchHvmaRead(VmAreaStruct vma, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    boolean found = false;
    mmap_read_lock(mm);
    if ((vma.vm_flags & VM_MAYSHARE) != 0) {
      hugetlb_vma_lock_read(vma);
      Pte pte = hugetlb_walk(vma, addr, sz);
      found = pte != null;
      hugetlb_vma_unlock_read(vma);
    }
    mmap_read_unlock(mm);
    return found;
  }

  // ok: hugetlb.walk.unprotected
  static boolean unknownSharingHvmaWrite(VmAreaStruct vma, long addr, long sz) {
    hugetlb_vma_lock_write(vma);
    Pte pte = hugetlb_walk(vma, addr, sz);
    boolean found = pte != null;
    hugetlb_vma_unlock_write(vma);
    return found;
  }

  // ok: hugetlb.walk.unprotected
  static boolean iMmapReadThroughAlias(VmAreaStruct vma, long addr, long sz) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    Pte pte = hugetlb_walk(vma, addr, sz);
    boolean found = pte != null;
    i_mmap_unlock_read(mapping);
    return found;
  }

  // ok: hugetlb.walk.unprotected
  static boolean iMmapWrite(@SharedMapping VmAreaStruct vma, long addr, long sz) {
    i_mmap_lock_write(vma.vm_file.f_mapping);
    Pte pte = hugetlb_walk(vma, addr, sz);
    boolean found = pte != null;
    i_mmap_unlock_write(vma.vm_file.f_mapping);
    return found;
  }

  // ok: hugetlb.walk.unprotected
  static long walkerLockReadOnly(VmAreaStruct vma, long addr, long sz) {
    long v = 0;
    hugetlb_walker_lock();
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      v = huge_ptep_get(vma.vm_mm, addr, pte);
    }
    hugetlb_walker_unlock();
    return v;
  }

  // ok: hugetlb.walk.unprotected
  static boolean privateElseBranchMmap(VmAreaStruct vma, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    boolean found = false;
    mmap_read_lock(mm);
    if ((vma.vm_flags & VM_MAYSHARE) != 0) {
      hugetlb_vma_lock_read(vma);
      found = hugetlb_walk(vma, addr, sz) != null;
      hugetlb_vma_unlock_read(vma);
    } else {
      found = hugetlb_walk(vma, addr, sz) != null;
    }
    mmap_read_unlock(mm);
    return found;
  }

  // ok: hugetlb.walk.unprotected
  static boolean privateEqZeroMmap(VmAreaStruct vma, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    boolean found = false;
    mmap_read_lock(mm);
    if ((vma.vm_flags & VM_MAYSHARE) == 0) {
      found = hugetlb_walk(vma, addr, sz) != null;
    }
    mmap_read_unlock(mm);
    return found;
  }

  // ok: hugetlb.walk.unprotected
  @RequiresMmapRead("vma.vm_mm")
  static boolean privateParamCallerMmap(@PrivateMapping VmAreaStruct vma, long addr, long sz) {
    return hugetlb_walk(vma, addr, sz) != null;
  }

  // ok: hugetlb.walk.unprotected
  @RequiresHugetlbVmaLock("vma")
  static boolean sharedParamCallerHvma(@SharedMapping VmAreaStruct vma, long addr, long sz) {
    return hugetlb_walk(vma, addr, sz) != null;
  }

  // ok: hugetlb.walk.unprotected
  static int loopUnderHvma(VmAreaStruct vma, long start, long sz, int n) {
    int found = 0;
    hugetlb_vma_lock_read(vma);
    try {
      for (int i = 0; i < n; i++) {
        if (hugetlb_walk(vma, start + i * sz, sz) != null) {
          found++;
        }
      }
    } finally {
      hugetlb_vma_unlock_read(vma);
    }
    return found;
  }

  // ok: hugetlb.walk.unprotected
  static boolean sharedEarlyReturnThenPrivateWalk(VmAreaStruct vma, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    if ((vma.vm_flags & VM_MAYSHARE) != 0) {
      mmap_read_unlock(mm);
      return false;
    }
    boolean found = hugetlb_walk(vma, addr, sz) != null;
    mmap_read_unlock(mm);
    return found;
  }
}

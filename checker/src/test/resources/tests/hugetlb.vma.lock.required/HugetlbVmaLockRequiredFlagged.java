import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class HugetlbVmaLockRequiredFlagged {
  @RequiresHugetlbVmaLock("vma")
  static int faultShared(VmAreaStruct vma, long addr) {
    return 0;
  }

  @Requires(kind = LockKind.HUGETLB_VMA_WRITE, on = "vma")
  static void unshareAll(VmAreaStruct vma) {
  }

  static int withNothing(VmAreaStruct vma, long addr) {
    // :: error: [hugetlb.vma.lock.required]
    return faultShared(vma, addr);
  }

  static int mmapLockIsNotEnough(VmAreaStruct vma, long addr) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    // :: error: [hugetlb.vma.lock.required]
    int r = faultShared(vma, addr);
    mmap_read_unlock(mm);
    return r;
  }

  static void readLockForWriteRequirement(VmAreaStruct vma) {
    hugetlb_vma_lock_read(vma);
    // :: error: [hugetlb.vma.lock.required]
    unshareAll(vma);
    hugetlb_vma_unlock_read(vma);
  }

  static int afterUnlock(VmAreaStruct vma, long addr) {
    hugetlb_vma_lock_read(vma);
    hugetlb_vma_unlock_read(vma);
    // :: error: [hugetlb.vma.lock.required]
    return faultShared(vma, addr);
  }

  static int lockOfAnotherVma(VmAreaStruct vma, VmAreaStruct other, long addr) {
    hugetlb_vma_lock_read(vma);
    // :: error: [hugetlb.vma.lock.required]
    int r = faultShared(other, addr);
    hugetlb_vma_unlock_read(vma);
    return r;
  }

  static int iMmapIsNotTheHugetlbVmaLock(VmAreaStruct vma, long addr) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    // :: error: [hugetlb.vma.lock.required]
    int r = faultShared(vma, addr);
    i_mmap_unlock_read(mapping);
    return r;
  }

  static int walkerLockIsNotTheHugetlbVmaLock(VmAreaStruct vma, long addr) {
    hugetlb_walker_lock();
    // :: error: [hugetlb.vma.lock.required]
    int r = faultShared(vma, addr);
    hugetlb_walker_unlock();
    return r;
  }

  static int vmaReadLockIsNotTheHugetlbVmaLock(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return -1;
    }
    // :: error: [hugetlb.vma.lock.required]
    int r = faultShared(vma, addr);
    vma_end_read(vma);
    return r;
  }
}

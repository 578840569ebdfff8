import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ReleaseFlagged {
  static void wrongMode(MmStruct mm) {
    mmap_write_lock(mm);
    // :: error: [lock.release.not.held]
    mmap_read_unlock(mm);
  }

  static void neverTaken(MmStruct mm) {
    // :: error: [lock.release.not.held]
    mmap_read_unlock(mm);
  }

  static void twice(VmAreaStruct vma) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    i_mmap_unlock_read(mapping);
    // :: error: [lock.release.not.held]
    i_mmap_unlock_read(vma.vm_file.f_mapping);
  }

  static void someBranch(MmStruct mm, boolean c) {
    if (c) {
      mmap_read_lock(mm);
    }
    // :: error: [lock.release.not.held]
    mmap_read_unlock(mm);
  }

  static void unlockAfterDowngrade(MmStruct mm) {
    mmap_write_lock(mm);
    mmap_write_downgrade(mm);
    // :: error: [lock.release.not.held]
    mmap_write_unlock(mm);
  }

  static void downgradeRead(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [lock.release.not.held]
    mmap_write_downgrade(mm);
    mmap_read_unlock(mm);
  }

  static void rcuUnbalanced() {
    rcu_read_lock();
    rcu_read_unlock();
    // :: error: [lock.release.not.held]
    rcu_read_unlock();
  }

  static int endReadOnNull(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      // :: error: [lock.release.not.held]
      vma_end_read(vma);
      return -1;
    }
    vma_end_read(vma);
    return 0;
  }

  static long kernelUnmap(@KernelMm Pmd pmd, long addr) {
    Pte pte = pte_offset_kernel(pmd, addr);
    long v = ptep_get(pte);
    // :: error: [lock.release.not.held]
    pte_unmap(pte);
    return v;
  }

  static void spinTwice(MmStruct mm, Pmd pmd) {
    Spinlock l = pmd_lock(mm, pmd);
    spin_unlock(l);
    // :: error: [lock.release.not.held]
    spin_unlock(l);
  }

  static void lockedInLoopOnly(MmStruct mm, int n) {
    for (int i = 0; i < n; i++) {
      // :: error: [lock.double.acquire]
      mmap_read_lock(mm);
    }
    // :: error: [lock.release.not.held]
    mmap_read_unlock(mm);
  }
}

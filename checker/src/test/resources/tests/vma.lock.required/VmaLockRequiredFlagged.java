import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class VmaLockRequiredFlagged {
  static void mmapLockIsNotAVmaLock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    // :: error: [vma.lock.required]
    vma_assert_locked(vma);
    mmap_read_unlock(mm);
  }

  static void readLockIsNotWriteLock(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return;
    }
    // :: error: [vma.lock.required]
    vma_assert_write_locked(vma);
    vma_end_read(vma);
  }

  static void writeLockDroppedByDowngrade(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    mmap_write_downgrade(mm);
    // :: error: [vma.lock.required]
    vma_assert_write_locked(vma);
    mmap_read_unlock(mm);
  }

  static void afterEndRead(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma != null) {
      vma_end_read(vma);
      // :: error: [vma.lock.required]
      vma_assert_locked(vma);
    }
  }

  @RequiresVmaLock("vma")
  static long faultAround(VmAreaStruct vma) {
    return vma.vm_end - vma.vm_start;
  }

  static long helperUnderRmapLock(VmAreaStruct vma) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    // :: error: [vma.lock.required]
    long n = faultAround(vma);
    i_mmap_unlock_read(mapping);
    return n;
  }

  @RequiresVmaLock("vma")
  static void otherVmaNotLocked(VmAreaStruct vma, VmAreaStruct other) {
    // :: error: [vma.lock.required]
    vma_assert_locked(other);
  }

  @Requires(kind = LockKind.VMA_WRITE, on = "vma")
  static void modify(VmAreaStruct vma) {
    vma_assert_write_locked(vma);
  }

  static void writeHelperAfterUnlock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    mmap_write_unlock(mm);
    // :: error: [vma.lock.required]
    modify(vma);
  }

  static void writeLockOnOneBranch(VmAreaStruct vma, boolean lockIt) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    if (lockIt) {
      vma_start_write(vma);
    }
    // :: error: [vma.lock.required]
    vma_assert_write_locked(vma);
    mmap_write_unlock(mm);
  }

  @RequiresVmaLock("vma")
  static void inLambda(VmAreaStruct vma) {
    Runnable r = () -> {
      // :: error: [vma.lock.required]
      vma_assert_locked(vma);
    };
    r.run();
  }
}

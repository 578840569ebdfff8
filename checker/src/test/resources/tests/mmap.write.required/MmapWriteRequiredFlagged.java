import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class MmapWriteRequiredFlagged {
  static void startWriteUnderReadLock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    // :: error: [mmap.write.required]
    vma_start_write(vma);
    mmap_read_unlock(mm);
  }

  static void startWriteAfterDowngrade(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    mmap_write_downgrade(mm);
    // :: error: [mmap.write.required]
    vma_start_write(vma);
    mmap_read_unlock(mm);
  }

  static void assertAfterDowngradeThroughAlias(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(vma.vm_mm);
    mmap_write_downgrade(mm);
    // :: error: [mmap.write.required]
    mmap_assert_write_locked(vma.vm_mm);
    mmap_read_unlock(mm);
  }

  static void downgradedOnOneBranch(VmAreaStruct vma, boolean early) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    if (early) {
      mmap_write_downgrade(mm);
    }
    // :: error: [mmap.write.required]
    vma_start_write(vma);
    // :: error: [lock.release.not.held]
    mmap_read_unlock(mm);
  }

  static void noLockAtAll(MmStruct mm) {
    // :: error: [mmap.write.required]
    mmap_assert_write_locked(mm);
  }

  static boolean trylockIsOnlyRead(MmStruct mm) {
    if (mmap_read_trylock(mm)) {
      // :: error: [mmap.write.required]
      mmap_assert_write_locked(mm);
      mmap_read_unlock(mm);
      return true;
    }
    return false;
  }

  @RequiresMmapRead("vma.vm_mm")
  @Requires(kind = LockKind.VMA_WRITE, on = "vma")
  @RequiresIMmap(value = "vma.vm_file.f_mapping", write = true)
  static void freeUnderReadLock(VmAreaStruct vma) {
    // :: error: [mmap.write.required]
    free_pgtables(vma.vm_mm, vma);
  }

  @RequiresMmapWrite("mm")
  static void changeLayout(MmStruct mm) {
    mmap_assert_write_locked(mm);
  }

  static void helperUnderReadLock(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [mmap.write.required]
    changeLayout(mm);
    mmap_read_unlock(mm);
  }

  static void startWriteInLambda(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    Runnable r = () -> {
      // :: error: [mmap.write.required]
      vma_start_write(vma);
    };
    r.run();
    mmap_write_unlock(mm);
  }

  static void relockedForRead(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    mmap_write_unlock(mm);
    mmap_read_lock(mm);
    // :: error: [mmap.write.required]
    vma_start_write(vma);
    mmap_read_unlock(mm);
  }
}

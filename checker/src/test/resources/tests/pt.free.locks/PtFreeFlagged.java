import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PtFreeFlagged {
  static void noRmapLock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    // :: error: [pt.free.locks]
    free_pgtables(mm, vma);
    mmap_write_unlock(mm);
  }

  static void noVmaWriteLock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    // :: error: [pt.free.locks]
    free_pgtables(mm, vma);
    i_mmap_unlock_write(mapping);
    mmap_write_unlock(mm);
  }

  static void rmapOnlyForRead(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    // :: error: [pt.free.locks]
    free_pgtables(mm, vma);
    i_mmap_unlock_read(mapping);
    mmap_write_unlock(mm);
  }

  static void vmaWriteLockDroppedByUnlock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    mmap_write_unlock(mm);
    mmap_write_lock(mm);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    // :: error: [pt.free.locks]
    free_pgtables(mm, vma);
    i_mmap_unlock_write(mapping);
    mmap_write_unlock(mm);
  }

  static void vmaWriteLockOnOneBranchOnly(VmAreaStruct vma, boolean detach) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    if (detach) {
      vma_start_write(vma);
    }
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    // :: error: [pt.free.locks]
    free_pgtables(mm, vma);
    i_mmap_unlock_write(mapping);
    mmap_write_unlock(mm);
  }

  @RequiresMmapWrite("vma.vm_mm")
  @Requires(kind = LockKind.VMA_WRITE, on = "vma")
  @Requires(kind = LockKind.ANON_VMA_WRITE, on = "other.anon_vma")
  static void rmapLockOfAnotherVma(VmAreaStruct vma, VmAreaStruct other) {
    // :: error: [pt.free.locks]
    free_pgtables(vma.vm_mm, vma);
  }

  @RequiresMmapWrite("vma.vm_mm")
  @Requires(kind = LockKind.VMA_WRITE, on = "vma")
  @RequiresAny(
      value = {
        @Requires(kind = LockKind.I_MMAP_WRITE, on = "vma.vm_file.f_mapping"),
        @Requires(kind = LockKind.ANON_VMA_WRITE, on = "vma.anon_vma")
      },
      rule = "pt.free.locks")
  static void freeDetached(VmAreaStruct vma) {
    mmap_assert_write_locked(vma.vm_mm);
  }

  static void helperWithoutRmap(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    // :: error: [pt.free.locks]
    freeDetached(vma);
    mmap_write_unlock(mm);
  }

  @Requires(kind = LockKind.VMA_WRITE, on = "vma", rule = "pt.free.locks")
  static void needsVmaWrite(VmAreaStruct vma) {
    vma_assert_write_locked(vma);
  }

  static void customRuleAfterDowngrade(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    mmap_write_downgrade(mm);
    // :: error: [pt.free.locks]
    needsVmaWrite(vma);
    mmap_read_unlock(mm);
  }
}

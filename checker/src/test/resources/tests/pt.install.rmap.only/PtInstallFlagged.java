import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PtInstallFlagged {
  static int underFileRmapOnly(VmAreaStruct vma, Pmd pmd) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    // :: error: [pt.install.rmap.only]
    int err = pte_alloc(vma.vm_mm, pmd);
    i_mmap_unlock_read(mapping);
    return err;
  }

  @Requires(kind = LockKind.ANON_VMA_WRITE, on = "vma.anon_vma")
  static int underAnonRmapOnly(VmAreaStruct vma, Pmd pmd) {
    MmStruct mm = vma.vm_mm;
    // :: error: [pt.install.rmap.only]
    return pte_alloc(mm, pmd);
  }

  static int withNothing(MmStruct mm, Pmd pmd) {
    // :: error: [pt.install.rmap.only]
    return pte_alloc(mm, pmd);
  }

  static int afterMmapUnlock(MmStruct mm, Pmd pmd) {
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
    // :: error: [pt.install.rmap.only]
    return pte_alloc(mm, pmd);
  }

  @RequiresVmaLock("vma")
  static int vmaLockOfAnotherMm(VmAreaStruct vma, MmStruct other, Pmd pmd) {
    // :: error: [pt.install.rmap.only]
    return pte_alloc(other, pmd);
  }

  static int trylockNotTested(MmStruct mm, Pmd pmd) {
    boolean locked = mmap_read_trylock(mm);
    if (locked) {
      mmap_read_unlock(mm);
      mmap_read_lock(mm);
      mmap_read_unlock(mm);
    }
    // :: error: [pt.install.rmap.only]
    return pte_alloc(mm, pmd);
  }

  static int helperUnderRmapOnly(VmAreaStruct vma, Pmd pmd) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    // :: error: [pt.install.rmap.only]
    int err = PtInstallOk.populate(vma.vm_mm, pmd);
    i_mmap_unlock_write(mapping);
    return err;
  }

  static int installAfterTryFinallyUnlock(MmStruct mm, Pmd pmd) {
    mmap_read_lock(mm);
    try {
      mmap_assert_locked(mm);
    } finally {
      mmap_read_unlock(mm);
    }
    // :: error: [pt.install.rmap.only]
    return pte_alloc(mm, pmd);
  }

  static int afterVmaEndRead(MmStruct mm, Pmd pmd, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return -1;
    }
    vma_end_read(vma);
    // :: error: [pt.install.rmap.only]
    return pte_alloc(mm, pmd);
  }
}

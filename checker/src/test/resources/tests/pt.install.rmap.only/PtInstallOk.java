import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PtInstallOk {
  // ok: pt.install.rmap.only
  static int underMmapReadLock(MmStruct mm, Pmd pmd) {
    mmap_read_lock(mm);
    int err = pte_alloc(mm, pmd);
    mmap_read_unlock(mm);
    return err;
  }

  // ok: pt.install.rmap.only
  @RequiresVmaLock("vma")
  static int underVmaLockThroughAlias(VmAreaStruct vma, Pmd pmd) {
    MmStruct mm = vma.vm_mm;
    return pte_alloc(mm, pmd);
  }

  // ok: pt.install.rmap.only
  static int mmapPlusRmap(VmAreaStruct vma, Pmd pmd) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    i_mmap_unlock_read(mapping);
    int err = pte_alloc(mm, pmd);
    mmap_write_unlock(mm);
    return err;
  }

  // ok: pt.install.rmap.only
  @RequiresAny(
      value = {
        @Requires(kind = LockKind.MMAP_READ, on = "mm"),
        @Requires(kind = LockKind.VMA_READ, on = "mm")
      },
      rule = "pt.install.rmap.only")
  static int populate(MmStruct mm, Pmd pmd) {
    return pte_alloc(mm, pmd);
  }

  // ok: pt.install.rmap.only
  @RequiresMmapRead("vma.vm_mm")
  static int helperFromMmapHolder(VmAreaStruct vma, Pmd pmd) {
    return populate(vma.vm_mm, pmd);
  }

  // ok: pt.install.rmap.only
  static int trylockThenFallback(MmStruct mm, Pmd pmd) {
    boolean locked = mmap_read_trylock(mm);
    if (!locked) {
      mmap_read_lock(mm);
    }
    int err = pte_alloc(mm, pmd);
    mmap_read_unlock(mm);
    return err;
  }

  // ok: pt.install.rmap.only
  static int eachIterationLocks(MmStruct mm, Pmd pmd, int n) {
    int err = 0;
    for (int i = 0; i < n && err == 0; i++) {
      mmap_read_lock(mm);
      err = pte_alloc(mm, pmd);
      mmap_read_unlock(mm);
    }
    return err;
  }

  // ok: pt.install.rmap.only
  @Requires(kind = LockKind.VMA_WRITE, on = "vma")
  static int underVmaWriteLock(VmAreaStruct vma, Pmd pmd) {
    return pte_alloc(vma.vm_mm, pmd);
  }

  // ok: pt.install.rmap.only
  static int populateWithFallback(MmStruct mm, Pmd pmd, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      mmap_read_lock(mm);
      int err = pte_alloc(mm, pmd);
      mmap_read_unlock(mm);
      return err;
    }
    int err = pte_alloc(mm, pmd);
    vma_end_read(vma);
    return err;
  }
}

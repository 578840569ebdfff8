import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class MmapWriteRequiredOk {
  // ok: mmap.write.required
  static void protect(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    mmap_write_downgrade(mm);
    mmap_assert_locked(mm);
    mmap_read_unlock(mm);
  }

  // ok: mmap.write.required
  static void startWriteBeforeDowngrade(MmStruct mm, long addr) {
    mmap_write_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma != null) {
      vma_start_write(vma);
      mmap_assert_write_locked(vma.vm_mm);
    }
    mmap_write_downgrade(mm);
    mmap_read_unlock(mm);
  }

  // ok: mmap.write.required
  @RequiresMmapWrite("mm")
  static void changeLayout(MmStruct mm) {
    mmap_assert_write_locked(mm);
  }

  // ok: mmap.write.required
  static void helperUnderWriteLock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    changeLayout(vma.vm_mm);
    mmap_write_unlock(mm);
  }

  // ok: mmap.write.required
  @RequiresMmapWrite("vma.vm_mm")
  static void startWriteTwice(VmAreaStruct vma) {
    vma_start_write(vma);
    vma_start_write(vma);
    mmap_assert_write_locked(vma.vm_mm);
  }

  // ok: mmap.write.required
  static void eachBranchTakesWrite(VmAreaStruct vma, boolean fast) {
    MmStruct mm = vma.vm_mm;
    if (fast) {
      mmap_write_lock(mm);
    } else {
      mmap_write_lock(vma.vm_mm);
    }
    vma_start_write(vma);
    mmap_write_unlock(mm);
  }

  // ok: mmap.write.required
  static void writeLockInTryFinally(VmAreaStruct vma, int n) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    try {
      for (int i = 0; i < n; i++) {
        vma_start_write(vma);
      }
    } finally {
      mmap_write_unlock(mm);
    }
  }

  // ok: mmap.write.required
  static void downgradeOnOtherMmDoesNotMatter(VmAreaStruct vma, MmStruct other) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    mmap_write_lock(other);
    mmap_write_downgrade(other);
    vma_start_write(vma);
    mmap_read_unlock(other);
    mmap_write_unlock(mm);
  }
}

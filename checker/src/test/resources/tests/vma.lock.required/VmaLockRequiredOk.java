import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class VmaLockRequiredOk {
  // ok: vma.lock.required
  static void underReadLock(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return;
    }
    vma_assert_locked(vma);
    vma_end_read(vma);
  }

  // ok: vma.lock.required
  static void writeSatisfiesRead(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    vma_assert_locked(vma);
    vma_assert_write_locked(vma);
    mmap_write_unlock(mm);
  }

  // ok: vma.lock.required
  @RequiresVmaLock("vma")
  static long faultAround(VmAreaStruct vma) {
    vma_assert_locked(vma);
    return vma.vm_end - vma.vm_start;
  }

  // ok: vma.lock.required
  static long helperThroughLocalAlias(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return 0;
    }
    VmAreaStruct cur = vma;
    long n = faultAround(cur);
    vma_end_read(vma);
    return n;
  }

  // ok: vma.lock.required
  @Requires(kind = LockKind.VMA_WRITE, on = "vma")
  static void modify(VmAreaStruct vma) {
    vma_assert_write_locked(vma);
    vma_assert_locked(vma);
  }

  // ok: vma.lock.required
  @RequiresMmapWrite("mm")
  static void modifyFound(MmStruct mm, long addr) {
    VmAreaStruct vma = vma_lookup(mm, addr);
    if (vma == null) {
      return;
    }
    vma_start_write(vma);
    modify(vma);
    faultAround(vma);
  }

  // ok: vma.lock.required
  static void explicitElse(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma != null) {
      vma_assert_locked(vma);
      vma_end_read(vma);
    } else {
      mmap_read_lock(mm);
      mmap_read_unlock(mm);
    }
  }

  // ok: vma.lock.required
  static void writeLockInLoop(VmAreaStruct vma, int n) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    for (int i = 0; i < n; i++) {
      vma_start_write(vma);
      vma_assert_write_locked(vma);
    }
    mmap_write_unlock(mm);
  }
}

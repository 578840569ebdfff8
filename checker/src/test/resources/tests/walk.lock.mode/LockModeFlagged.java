import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class LockModeFlagged {
  static final MmWalkOps VERIFY_W = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK_VERIFY, (pte, addr, next, walk) -> 0);
  static final MmWalkOps VERIFY_R = new MmWalkOps(PageWalkLock.PGWALK_VMA_RDLOCK_VERIFY, (pte, addr, next, walk) -> 0);

  static int wrlockVerifyWithoutStartWrite(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    // :: error: [walk.lock.mode]
    int r = walk_page_vma(vma, VERIFY_W, null);
    mmap_write_unlock(mm);
    return r;
  }

  static int wrlockVerifyOtherVmaWriteLocked(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    VmAreaStruct other = find_vma(mm, vma.vm_end);
    if (other != null) {
      vma_start_write(other);
    }
    // :: error: [walk.lock.mode]
    int r = walk_page_range_vma(vma, vma.vm_start, vma.vm_end, VERIFY_W, null);
    mmap_write_unlock(mm);
    return r;
  }

  static int wrlockVerifyRangeNoVmaLocked(MmStruct mm) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK_VERIFY, (pte, a, n, w) -> 0);
    mmap_write_lock(mm);
    // :: error: [walk.lock.mode]
    int r = walk_page_range(mm, 0, TASK_SIZE, ops, null);
    mmap_write_unlock(mm);
    return r;
  }

  static int vmaRdlockVerifyUnderMmapLockOnly(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    // :: error: [walk.lock.mode]
    int r = walk_page_vma(vma, VERIFY_R, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int vmaRdlockVerifyAfterEndRead(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return -1;
    }
    vma_end_read(vma);
    // :: error: [walk.lock.mode]
    return walk_page_range_vma(vma, addr, addr + PAGE_SIZE, new MmWalkOps(PageWalkLock.PGWALK_VMA_RDLOCK_VERIFY, (pte, a, n, w) -> 0), null);
  }

  static int vmaRdlockVerifyNothingHeld(VmAreaStruct vma) {
    // :: error: [walk.lock.mode]
    return walk_page_vma(vma, VERIFY_R, null);
  }

  static int vmaRdlockVerifyInLambda(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return -1;
    }
    java.util.function.IntSupplier walk = () -> {
      // :: error: [walk.lock.mode]
      return walk_page_vma(vma, VERIFY_R, null);
    };
    int r = walk.getAsInt();
    vma_end_read(vma);
    return r;
  }
}

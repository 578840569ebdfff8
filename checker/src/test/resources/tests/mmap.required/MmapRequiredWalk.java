import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class MmapRequiredWalk {
  static final MmWalkOps RD_OPS = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);

  static int rdlockRangeWalkNoLock(MmStruct mm) {
    // :: error: [mmap.required]
    return walk_page_range(mm, 0, TASK_SIZE, RD_OPS, null);
  }

  static int rdlockVmaWalkUnderVmaLockOnly(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return -1;
    }
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, a, n, w) -> 0);
    // :: error: [mmap.required]
    int r = walk_page_vma(vma, ops, null);
    vma_end_read(vma);
    return r;
  }

  static int rdlockRangeVmaAfterUnlock(VmAreaStruct vma, long start, long end) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
    // :: error: [mmap.required]
    return walk_page_range_vma(vma, start, end, new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, a, n, w) -> 0), null);
  }

  static int rdlockUnderRcu(MmStruct mm) {
    rcu_read_lock();
    // :: error: [mmap.required]
    int r = walk_page_range(mm, 0, TASK_SIZE, RD_OPS, null);
    rcu_read_unlock();
    return r;
  }

  static int kernelWalkWithoutInitMmLock(long start, long end) {
    // :: error: [mmap.required]
    return walk_kernel_page_table_range(start, end, RD_OPS, null, null);
  }

  static int kernelWalkUnderUserMmLock(MmStruct mm, long start, long end) {
    mmap_read_lock(mm);
    // :: error: [mmap.required]
    int r = walk_kernel_page_table_range(start, end, RD_OPS, null, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int novmaInitMmWithoutLock() {
    // :: error: [mmap.required]
    return walk_page_range_novma(init_mm, 0, TASK_SIZE, RD_OPS, null, null);
  }

  // ok: mmap.required
  static int rdlockUnderDowngradedLock(MmStruct mm) {
    mmap_write_lock(mm);
    mmap_write_downgrade(mm);
    int r = walk_page_range(mm, 0, TASK_SIZE, RD_OPS, null);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: mmap.required
  static int kernelWalkUnderInitMmRead(long start, long end) {
    mmap_read_lock(init_mm);
    int r = walk_kernel_page_table_range(start, end, RD_OPS, null, null);
    mmap_read_unlock(init_mm);
    return r;
  }

  // ok: mmap.required
  static int rdlockVmaWalkUnderWriteLock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    int r = walk_page_vma(vma, RD_OPS, null);
    mmap_write_unlock(mm);
    return r;
  }

  // ok: mmap.required
  @RequiresMmapRead("mm")
  static int rdlockInHelper(MmStruct mm, long start, long end) {
    return walk_page_range(mm, start, end, RD_OPS, null);
  }
}

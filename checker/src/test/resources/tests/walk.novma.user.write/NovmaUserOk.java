import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class NovmaUserOk {
  static final MmWalkOps DUMP_OPS = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);

  // ok: walk.novma.user.write
  static int ptdumpUnderWrite(MmStruct mm) {
    mmap_write_lock(mm);
    int r = walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);
    mmap_write_unlock(mm);
    return r;
  }

  // ok: walk.novma.user.write
  static int initMmUnderRead() {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);
    mmap_read_lock(init_mm);
    int r = walk_page_range_novma(init_mm, 0, TASK_SIZE, ops, null, null);
    mmap_read_unlock(init_mm);
    return r;
  }

  // ok: walk.novma.user.write
  static int kernelBranchOfInitMmTest(MmStruct mm) {
    int r = 0;
    if (mm == init_mm) {
      mmap_read_lock(mm);
      r = walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);
      mmap_read_unlock(mm);
    } else {
      mmap_write_lock(mm);
      r = walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);
      mmap_write_unlock(mm);
    }
    return r;
  }

  // ok: walk.novma.user.write
  static int kernelMmParam(@KernelMm MmStruct mm) {
    mmap_read_lock(mm);
    int r = walk_page_range_novma(mm, 0, TASK_SIZE, new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0), null, null);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: walk.novma.user.write
  @RequiresMmapWrite("mm")
  static int helperUnderWrite(@UserMm MmStruct mm) {
    return walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);
  }

  // ok: walk.novma.user.write
  static int writeThenDowngradeAfterWalk(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    int r = walk_page_range_novma(vma.vm_mm, 0, TASK_SIZE, DUMP_OPS, null, null);
    mmap_write_downgrade(mm);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: walk.novma.user.write
  static int tryFinally(MmStruct mm) {
    mmap_write_lock(mm);
    try {
      return helperUnderWrite(mm);
    } finally {
      mmap_write_unlock(mm);
    }
  }
}

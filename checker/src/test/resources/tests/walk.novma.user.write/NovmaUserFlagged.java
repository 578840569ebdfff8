import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class NovmaUserFlagged {
  static final MmWalkOps DUMP_OPS = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);

  /** ptdump before 8782fb61cc84: a user mm walked without VMAs under the read lock. */
  static int ptdumpUnderRead(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [walk.novma.user.write]
    int r = walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int localOpsNoLock(MmStruct mm) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);
    // :: error: [walk.novma.user.write]
    return walk_page_range_novma(mm, 0, TASK_SIZE, ops, null, null);
  }

  static int inlineOpsAfterDowngrade(MmStruct mm) {
    mmap_write_lock(mm);
    mmap_write_downgrade(mm);
    // :: error: [walk.novma.user.write]
    int r = walk_page_range_novma(mm, 0, TASK_SIZE, new MmWalkOps(PageWalkLock.PGWALK_WRLOCK, (pte, addr, next, walk) -> 0), null, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int userBranchOfInitMmTest(MmStruct mm) {
    mmap_read_lock(mm);
    int r = 0;
    if (mm == init_mm) {
      r = walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);
    } else {
      // :: error: [walk.novma.user.write]
      r = walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);
    }
    mmap_read_unlock(mm);
    return r;
  }

  static int userMmParam(@UserMm MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [walk.novma.user.write]
    int r = walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int vmaMmAlias(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    // :: error: [walk.novma.user.write]
    int r = walk_page_range_novma(vma.vm_mm, 0, TASK_SIZE, DUMP_OPS, null, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int walkAfterUnlockInLoop(MmStruct mm, int n) {
    int r = 0;
    for (int i = 0; i < n; i++) {
      mmap_write_lock(mm);
      r += walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);
      mmap_write_unlock(mm);
      // :: error: [walk.novma.user.write]
      r += walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);
    }
    return r;
  }

  static int writeLockOfOtherMm(MmStruct mm, MmStruct other) {
    mmap_write_lock(other);
    // :: error: [walk.novma.user.write]
    int r = walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);
    mmap_write_unlock(other);
    return r;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class NolockUserFlagged {
  static final MmWalkOps NOLOCK_OPS = new MmWalkOps(PageWalkLock.PGWALK_NOLOCK, (pte, addr, next, walk) -> 0);

  static int userRangeWalk(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [walk.nolock.user]
    int r = walk_page_range(mm, 0, TASK_SIZE, NOLOCK_OPS, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int vmaWalkUnderVmaLock(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return -1;
    }
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_NOLOCK, (pte, a, n, w) -> 0);
    // :: error: [walk.nolock.user]
    int r = walk_page_vma(vma, ops, null);
    vma_end_read(vma);
    return r;
  }

  static int rangeVmaWalkUnderWrite(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    // :: error: [walk.nolock.user]
    int r = walk_page_range_vma(vma, vma.vm_start, vma.vm_end, new MmWalkOps(PageWalkLock.PGWALK_NOLOCK, (pte, a, n, w) -> 0), null);
    mmap_write_unlock(mm);
    return r;
  }

  static int internalWalk(MmStruct mm) {
    mmap_write_lock(mm);
    // :: error: [walk.nolock.user]
    int r = walk_page_range_mm(mm, 0, TASK_SIZE, NOLOCK_OPS, null);
    mmap_write_unlock(mm);
    return r;
  }

  static int novmaUserMm(@UserMm MmStruct mm) {
    mmap_write_lock(mm);
    // :: error: [walk.nolock.user]
    int r = walk_page_range_novma(mm, 0, TASK_SIZE, NOLOCK_OPS, null, null);
    mmap_write_unlock(mm);
    return r;
  }

  static int novmaUnknownMm(MmStruct mm) {
    // :: error: [walk.nolock.user]
    return walk_page_range_novma(mm, 0, TASK_SIZE, NOLOCK_OPS, null, null);
  }

  static int novmaUserBranch(MmStruct mm) {
    if (mm != init_mm) {
      // :: error: [walk.nolock.user]
      return walk_page_range_novma(mm, 0, TASK_SIZE, NOLOCK_OPS, null, null);
    }
    return walk_page_range_novma(mm, 0, TASK_SIZE, NOLOCK_OPS, null, null);
  }
}

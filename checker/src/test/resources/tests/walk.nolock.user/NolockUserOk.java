import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class NolockUserOk {
  static final MmWalkOps NOLOCK_OPS = new MmWalkOps(PageWalkLock.PGWALK_NOLOCK, (pte, addr, next, walk) -> 0);

  /** arm64 __change_memory_common: a vmalloc range the caller owns, no lock at all. */
  // ok: walk.nolock.user
  static int changeMemoryCommon(long start, long size) {
    return walk_kernel_page_table_range(start, start + size, NOLOCK_OPS, null, null);
  }

  // ok: walk.nolock.user
  static int kernelWalkLocalOps(long start, long end) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_NOLOCK, (pte, a, n, w) -> 0);
    return walk_kernel_page_table_range(start, end, ops, null, null);
  }

  // ok: walk.nolock.user
  static int kernelWalkInlineOpsUnderRcu(long start, long end) {
    rcu_read_lock();
    int r = walk_kernel_page_table_range(start, end, new MmWalkOps(PageWalkLock.PGWALK_NOLOCK, (pte, a, n, w) -> 0), null, null);
    rcu_read_unlock();
    return r;
  }

  // ok: walk.nolock.user
  static int novmaInitMm(long start, long end) {
    return walk_page_range_novma(init_mm, start, end, NOLOCK_OPS, null, null);
  }

  // ok: walk.nolock.user
  static int novmaKernelMmParam(@KernelMm MmStruct mm, long start, long end) {
    return walk_page_range_novma(mm, start, end, NOLOCK_OPS, null, null);
  }

  // ok: walk.nolock.user
  static int userWalkWithReadLockMode(MmStruct mm) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, a, n, w) -> 0);
    mmap_read_lock(mm);
    int r = walk_page_range(mm, 0, TASK_SIZE, ops, null);
    mmap_read_unlock(mm);
    return r;
  }
}

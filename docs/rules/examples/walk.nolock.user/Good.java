import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class LocklessScanFixed {
  static final MmWalkOps SCAN_OPS = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);
  static final MmWalkOps PAGEATTR_OPS = new MmWalkOps(PageWalkLock.PGWALK_NOLOCK, (pte, addr, next, walk) -> 0);

  static int scan(MmStruct mm, long start, long end) {
    mmap_read_lock(mm);
    int r = walk_page_range(mm, start, end, SCAN_OPS, null);   // OK: PGWALK_RDLOCK under MMAP_R(mm)
    mmap_read_unlock(mm);
    return r;
  }

  /** Like arm64 __change_memory_common: a vmalloc range this caller owns exclusively. */
  static int changeMemoryCommon(long start, long size) {
    return walk_kernel_page_table_range(start, start + size, PAGEATTR_OPS, null, null);   // OK: kernel tables
  }
}

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
  static int rdlockWalkWithoutLock(MmStruct mm, long start, long end) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, null);
    // :: error: [mmap.required]
    return walk_page_range(mm, start, end, ops, null);
  }

  static int kernelWalkWithoutInitMmLock(long start, long end) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, null);
    // :: error: [mmap.required]
    return walk_kernel_page_table_range(start, end, ops, null, null);
  }

  // ok: mmap.required
  static int rdlockWalkUnderLock(MmStruct mm, long start, long end) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, null);
    mmap_read_lock(mm);
    int err = walk_page_range(mm, start, end, ops, null);
    mmap_read_unlock(mm);
    return err;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class LocklessScan {
  static final MmWalkOps SCAN_OPS = new MmWalkOps(PageWalkLock.PGWALK_NOLOCK, (pte, addr, next, walk) -> 0);

  static int scan(MmStruct mm, long start, long end) {
    mmap_read_lock(mm);
    // :: error: [walk.nolock.user]
    int r = walk_page_range(mm, start, end, SCAN_OPS, null);   // ERROR: [walk.nolock.user] user page tables
    mmap_read_unlock(mm);
    return r;
  }
}

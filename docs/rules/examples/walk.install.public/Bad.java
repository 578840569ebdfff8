import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Populate {
  static final MmWalkOps POPULATE_OPS = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK,
      (pte, addr, next, walk) -> 0, (addr, next, ptep, walk) -> 0);

  static int populate(MmStruct mm, long start, long end) {
    mmap_read_lock(mm);
    // :: error: [walk.install.public]
    int r = walk_page_range(mm, start, end, POPULATE_OPS, null);   // ERROR: [walk.install.public] -EINVAL at run time
    mmap_read_unlock(mm);
    return r;
  }
}

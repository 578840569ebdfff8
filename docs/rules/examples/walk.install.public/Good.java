import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PopulateFixed {
  static final MmWalkOps POPULATE_OPS = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK,
      (pte, addr, next, walk) -> 0, (addr, next, ptep, walk) -> 0);

  /** mm-internal code: the one walker that may install PTEs. */
  static int populate(MmStruct mm, long start, long end) {
    mmap_read_lock(mm);
    int r = walk_page_range_mm(mm, start, end, POPULATE_OPS, null);   // OK: mm-internal, under MMAP_R(mm)
    mmap_read_unlock(mm);
    return r;
  }
}

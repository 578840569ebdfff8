import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class GenericWalkFixed {
  static final MmWalkOps COUNT_OPS = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);

  static int count(MmStruct mm, long start, long end) {
    mmap_read_lock(mm);
    int r = walk_page_range(mm, start, end, COUNT_OPS, null);   // OK: PGWALK_RDLOCK, known
    mmap_read_unlock(mm);
    return r;
  }

  static int countInline(MmStruct mm, long start, long end) {
    mmap_read_lock(mm);
    int r = walk_page_range(mm, start, end,
        new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0), null);   // OK
    mmap_read_unlock(mm);
    return r;
  }

  // callers pass only PGWALK_RDLOCK or PGWALK_WRLOCK ops; the write lock satisfies both
  @SuppressWarnings("mmlock:walk.ops.unknown")
  static int walkWith(MmStruct mm, long start, long end, MmWalkOps ops) {
    mmap_write_lock(mm);
    int r = walk_page_range(mm, start, end, ops, null);
    mmap_write_unlock(mm);
    return r;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PtDump {
  static final MmWalkOps DUMP_OPS = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, PtDump::show);

  static int show(Pte pte, long addr, long next, MmWalk walk) {
    return 0;
  }

  static int dumpUserTables(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [walk.novma.user.write]
    int r = walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);   // ERROR: [walk.novma.user.write] a read lock is not enough
    mmap_read_unlock(mm);
    return r;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PtDumpFixed {
  static final MmWalkOps DUMP_OPS = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, PtDumpFixed::show);

  static int show(Pte pte, long addr, long next, MmWalk walk) {
    return 0;
  }

  static int dumpTables(MmStruct mm) {
    int r;
    if (mm == init_mm) {
      mmap_read_lock(mm);
      r = walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);   // OK: init_mm, MMAP_R is enough
      mmap_read_unlock(mm);
    } else {
      mmap_write_lock(mm);
      r = walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);   // OK: MMAP_W(mm)
      mmap_write_unlock(mm);
    }
    return r;
  }

  @RequiresMmapRead("mm")              // the kernel's own tables: the read lock is enough
  static int dumpKernelTables(@KernelMm MmStruct mm) {
    return walk_page_range_novma(mm, 0, TASK_SIZE, DUMP_OPS, null, null);    // OK
  }
}

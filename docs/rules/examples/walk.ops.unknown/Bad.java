import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class GenericWalk {
  static int walkWith(MmStruct mm, long start, long end, MmWalkOps ops) {
    mmap_read_lock(mm);
    // :: error: [mmap.write.required]
    // :: warning: [walk.ops.unknown]
    int r = walk_page_range(mm, start, end, ops, null);   // WARNING: [walk.ops.unknown], and MMAP_W is assumed
    mmap_read_unlock(mm);
    return r;
  }
}

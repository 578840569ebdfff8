import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Downgr2 {
  /* flag initialised after the lock */
  @MightSleep
  static void a2(MmStruct mm, boolean c) {
    mmap_write_lock(mm);
    boolean downgraded = false;
    if (c) { mmap_write_downgrade(mm); downgraded = true; }
    if (downgraded) mmap_read_unlock(mm);
    else mmap_write_unlock(mm);
  }

  /* explicit else */
  @MightSleep
  static void a3(MmStruct mm, boolean c) {
    boolean downgraded;
    mmap_write_lock(mm);
    if (c) { mmap_write_downgrade(mm); downgraded = true; } else { downgraded = false; }
    if (downgraded) mmap_read_unlock(mm);
    else mmap_write_unlock(mm);
  }

  /* test the parameter instead */
  @MightSleep
  static void a4(MmStruct mm, boolean c) {
    mmap_write_lock(mm);
    if (c) mmap_write_downgrade(mm);
    if (c) mmap_read_unlock(mm);
    else mmap_write_unlock(mm);
  }
}

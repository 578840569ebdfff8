import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class CondJoin {
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean relock(MmStruct mm) { return true; }

  /* lock held & locked==true on one side, held iff locked on the other */
  @MightSleep
  static void f(MmStruct mm, boolean c) {
    mmap_read_lock(mm);
    boolean locked = true;
    if (c) locked = relock(mm);
    if (locked) mmap_read_unlock(mm);
  }

  /* same with a trylock */
  @MightSleep
  static void g(MmStruct mm, boolean c) {
    boolean locked = true;
    if (c) locked = mmap_read_trylock(mm);
    else mmap_read_lock(mm);
    if (locked) mmap_read_unlock(mm);
  }
}

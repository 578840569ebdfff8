package gupmin;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
class GupMin {
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean step(MmStruct mm) { return true; }

  /* A: assign to a fresh local: ok? */
  @MightSleep
  static void a(MmStruct mm) {
    mmap_read_lock(mm);
    boolean locked = step(mm);
    if (locked) mmap_read_unlock(mm);
  }

  /* B: assign to the same boolean the lock already depends on */
  @MightSleep
  static void b(MmStruct mm) {
    mmap_read_lock(mm);
    boolean locked = true;
    locked = step(mm);
    if (locked) mmap_read_unlock(mm);
  }

  /* C: loop while locked */
  @MightSleep
  static void c(MmStruct mm, int n) {
    mmap_read_lock(mm);
    boolean locked = true;
    while (n > 0 && locked) {
      locked = step(mm);
      n--;
    }
    if (locked) mmap_read_unlock(mm);
  }

  /* D: loop while locked, condition only the boolean */
  @MightSleep
  static void d(MmStruct mm) {
    mmap_read_lock(mm);
    boolean locked = true;
    while (locked) {
      locked = step(mm);
    }
  }
}

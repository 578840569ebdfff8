package gupmin2;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
class GupMin2 {
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean step(MmStruct mm) { return true; }

  static void e(MmStruct mm) {
    boolean locked = mmap_read_trylock(mm);
    while (locked) {
      locked = step(mm);
    }
  }

  @MightSleep
  static void f(MmStruct mm, int n) {
    mmap_read_lock(mm);
    boolean locked = true;
    for (int i = 0; i < n; i++) {
      if (!locked) break;
      locked = step(mm);
    }
    if (locked) mmap_read_unlock(mm);
  }

  /* G: in-loop unlock/relock under a boolean, no helper */
  @MightSleep
  static void g(MmStruct mm, int n, boolean c) {
    mmap_read_lock(mm);
    boolean locked = true;
    while (n-- > 0) {
      if (!locked) { mmap_read_lock(mm); locked = true; }
      if (c) { mmap_read_unlock(mm); locked = false; }
    }
    if (locked) mmap_read_unlock(mm);
  }
}

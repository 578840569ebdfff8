package loopbool;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
class LoopBool {
  static boolean need_drop(int i) { return (i & 1) != 0; }

  /* madvise_collapse/khugepaged shape: drop and retake the mmap lock in a loop,
     tracked by one boolean. Correct code. */
  @MightSleep
  static void relockLoop(MmStruct mm, int n) {
    mmap_read_lock(mm);
    boolean locked = true;
    for (int i = 0; i < n; i++) {
      if (!locked) { mmap_read_lock(mm); locked = true; }
      if (need_drop(i)) { mmap_read_unlock(mm); locked = false; }
    }
    if (locked) mmap_read_unlock(mm);
  }

  /* same without the loop: accepted */
  @MightSleep
  static void straight(MmStruct mm, int i) {
    mmap_read_lock(mm);
    boolean locked = true;
    if (need_drop(i)) { mmap_read_unlock(mm); locked = false; }
    if (!locked) { mmap_read_lock(mm); locked = true; }
    if (need_drop(i + 1)) { mmap_read_unlock(mm); locked = false; }
    if (locked) mmap_read_unlock(mm);
  }
}

package loopbool3;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
class LoopBool3 {
  static boolean more() { return false; }
  @MightSleep
  static void w(MmStruct mm) {
    mmap_read_lock(mm);
    boolean locked = true;
    while (more()) {
      if (!locked) { mmap_read_lock(mm); locked = true; }
      if (more()) { mmap_read_unlock(mm); locked = false; }
    }
    if (locked) mmap_read_unlock(mm);
  }
}

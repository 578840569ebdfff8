import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ModeKill {
  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean mmap_write_lock_killable(MmStruct mm) { mmap_write_lock(mm); return false; }

  /* madvise_lock()/madvise_unlock() inlined: mode chosen by 'write', write side killable */
  @MightSleep
  static int f(MmStruct mm, boolean write) {
    if (write) {
      if (mmap_write_lock_killable(mm)) return -4;
    } else {
      mmap_read_lock(mm);
    }
    if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
    return 0;
  }

  /* same with a plain trylock on the write side replaced by mmap_read_trylock on the read side */
  @MightSleep
  static int g(MmStruct mm, boolean write) {
    if (write) {
      mmap_write_lock(mm);
    } else {
      if (!mmap_read_trylock(mm)) return -11;
    }
    if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
    return 0;
  }
}

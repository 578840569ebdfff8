import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ModeLoop2 {
  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean mmap_write_lock_killable(MmStruct mm) { mmap_write_lock(mm); return false; }

  /* A: killable retake inside the loop */
  @MightSleep
  static int a(MmStruct mm, boolean write, int n) {
    if (write) mmap_write_lock(mm); else mmap_read_lock(mm);
    for (int i = 0; i < n; i++) {
      if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
      if (write) {
        if (mmap_write_lock_killable(mm)) return -4;
      } else {
        mmap_read_lock(mm);
      }
    }
    if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
    return 0;
  }
}

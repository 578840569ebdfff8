import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ModeLoop {
  /* vector_madvise(): madvise_lock(); loop { on -ERESTARTNOINTR: madvise_unlock(); madvise_lock(); } madvise_unlock() */
  @MightSleep
  static void f(MmStruct mm, boolean write, int n) {
    if (write) mmap_write_lock(mm); else mmap_read_lock(mm);
    for (int i = 0; i < n; i++) {
      if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
      if (write) mmap_write_lock(mm); else mmap_read_lock(mm);
    }
    if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
  }

  /* straight-line: the same drop-and-retake once */
  @MightSleep
  static void g(MmStruct mm, boolean write) {
    if (write) mmap_write_lock(mm); else mmap_read_lock(mm);
    if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
    if (write) mmap_write_lock(mm); else mmap_read_lock(mm);
    if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
  }
}

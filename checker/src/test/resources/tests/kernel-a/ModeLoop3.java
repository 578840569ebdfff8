import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ModeLoop3 {
  /* the drop-and-retake happens on some iterations only */
  @MightSleep
  static void b(MmStruct mm, boolean write, int n, boolean retry) {
    if (write) mmap_write_lock(mm); else mmap_read_lock(mm);
    for (int i = 0; i < n; i++) {
      if (retry) {
        if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
        if (write) mmap_write_lock(mm); else mmap_read_lock(mm);
      }
    }
    if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
  }

  @MightSleep
  static void c(MmStruct mm, boolean write, boolean retry) {
    if (write) mmap_write_lock(mm); else mmap_read_lock(mm);
    if (retry) {
      if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
      if (write) mmap_write_lock(mm); else mmap_read_lock(mm);
    }
    if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ProcessMadvise {
  static final long EINTR = -4, EINVAL = -22, ERESTARTNOINTR = -513;
  static boolean fatal_signal_pending;

  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean mmap_write_lock_killable(MmStruct mm) {
    if (fatal_signal_pending) return true;
    mmap_write_lock(mm);
    return false;
  }

  @MightSleep
  @RequiresMmapRead("mm")
  static long madvise_do_behavior(MmStruct mm, long start, long len, int behavior) {
    long end = start + len;
    VmAreaStruct vma = find_vma(mm, start);
    while (vma != null && vma.vm_start < end) {
      long s = Math.max(start, vma.vm_start), e = Math.min(end, vma.vm_end);
      zap_page_range_single(vma, s, e - s);
      vma = find_vma(mm, vma.vm_end);
    }
    return 0;
  }

  @MightSleep
  static long vector_madvise(MmStruct mm, long[] starts, long[] lens, int behavior, boolean write) {
    long ret = 0;
    int i = 0;
    /* madvise_lock(mm, behavior) */
    if (write) {
      if (mmap_write_lock_killable(mm)) return EINTR;
    } else {
      mmap_read_lock(mm);
    }
    while (i < starts.length) {
      long start = starts[i], len_in = lens[i];
      if ((start & (PAGE_SIZE - 1)) != 0) { ret = EINVAL; break; }
      if (start + len_in == start) ret = 0;
      else ret = madvise_do_behavior(mm, start, len_in, behavior);
      if (ret == ERESTARTNOINTR) {
        if (fatal_signal_pending) { ret = EINTR; break; }
        /* Drop and reacquire lock to unwind race. */
        if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
        if (write) {
          if (mmap_write_lock_killable(mm)) return EINTR;
        } else {
          mmap_read_lock(mm);
        }
        continue;
      }
      if (ret < 0) break;
      i++;
    }
    if (write) mmap_write_unlock(mm); else mmap_read_unlock(mm);
    return i != 0 ? i : ret;
  }
}

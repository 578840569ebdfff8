package madvise;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
/** do_madvise + madvise_lock/unlock + madvise_walk_vmas (mm/madvise.c 6.12). */
class Madvise {
  static final int EINTR = -4, ENOMEM = -12, EINVAL = -22;
  static final int MADV_DONTNEED = 4, MADV_DONTFORK = 10, MADV_COLD = 20;
  static final long VM_DONTCOPY = 0x00020000L;

  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean mmap_write_lock_killable(MmStruct mm) {
    mmap_write_lock(mm);
    return false;
  }

  static boolean madvise_need_mmap_write(int behavior) {
    switch (behavior) {
      case MADV_DONTNEED:
      case MADV_COLD:
        return false;
      default:
        return true;
    }
  }

  @MightSleep
  static int do_madvise(MmStruct mm, long start, long len_in, int behavior) {
    long end = start + len_in;
    int error;
    boolean write = madvise_need_mmap_write(behavior);
    /* madvise_lock() */
    if (write) {
      if (mmap_write_lock_killable(mm)) {
        return EINTR;
      }
    } else {
      mmap_read_lock(mm);
    }
    /* madvise_walk_vmas() */
    int unmapped_error = 0;
    VmAreaStruct vma = find_vma(mm, start);
    error = 0;
    for (;;) {
      if (vma == null) {
        error = ENOMEM;
        break;
      }
      if (start < vma.vm_start) {
        unmapped_error = ENOMEM;
        start = vma.vm_start;
        if (start >= end) {
          break;
        }
      }
      long tmp = vma.vm_end;
      if (end < tmp) {
        tmp = end;
      }
      /* madvise_vma_behavior() */
      if (write) {
        vma_start_write(vma); /* madvise_update_vma */
        vma.vm_flags = vma.vm_flags | VM_DONTCOPY;
      } else {
        zap_page_range_single(vma, start, tmp - start);
      }
      start = tmp;
      if (start >= end) {
        break;
      }
      vma = find_vma(mm, start);
    }
    if (error == 0) {
      error = unmapped_error;
    }
    /* madvise_unlock() */
    if (write) {
      mmap_write_unlock(mm);
    } else {
      mmap_read_unlock(mm);
    }
    return error;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Madvise {
  static final int MADV_DONTNEED = 4, MADV_WILLNEED = 3, MADV_DONTFORK = 10, MADV_COLD = 20;
  static final int ENOMEM = -12, EINTR = -4, EINVAL = -22;
  static final long VM_DONTCOPY = 0x20000;

  static boolean madvise_need_mmap_write(int behavior) {
    switch (behavior) {
      case MADV_DONTNEED: case MADV_WILLNEED: case MADV_COLD: return false;
      default: return true;
    }
  }

  @RequiresVmaStable("vma")
  static int madvise_dontneed_single_vma(VmAreaStruct vma, long start, long end) {
    zap_page_range_single(vma, start, end - start);
    return 0;
  }

  /* madvise_update_vma(): vma_modify_flags + vm_flags_reset */
  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static int madvise_update_vma(VmAreaStruct vma, long start, long end, long new_flags) {
    if (new_flags == vma.vm_flags) return 0;
    vma_start_write(vma);
    vma.vm_flags = new_flags;
    return 0;
  }

  /* madvise_vma_behavior(), called with the lock madvise_lock() chose */
  @MightSleep
  @RequiresMmapRead("vma.vm_mm")
  static int madvise_vma_behavior_read(VmAreaStruct vma, long start, long end, int behavior) {
    return madvise_dontneed_single_vma(vma, start, end);
  }

  @MightSleep
  static int do_madvise(MmStruct mm, long start, long len_in, int behavior) {
    long end = start + len_in;
    boolean write = madvise_need_mmap_write(behavior);
    int unmapped_error = 0;
    int error;
    /* madvise_lock(mm, behavior) */
    if (write) {
      mmap_write_lock(mm); /* mmap_write_lock_killable */
    } else {
      mmap_read_lock(mm);
    }
    /* madvise_walk_vmas(mm, start, end, behavior, madvise_vma_behavior) */
    VmAreaStruct vma = find_vma(mm, start);
    for (;;) {
      if (vma == null) { unmapped_error = ENOMEM; break; }
      if (start < vma.vm_start) {
        unmapped_error = ENOMEM;
        start = vma.vm_start;
        if (start >= end) break;
      }
      long tmp = vma.vm_end;
      if (end < tmp) tmp = end;
      if (write) {
        error = madvise_update_vma(vma, start, tmp, vma.vm_flags | VM_DONTCOPY);
      } else {
        error = madvise_vma_behavior_read(vma, start, tmp, behavior);
      }
      if (error != 0) { unmapped_error = error; break; }
      start = tmp;
      if (start >= end) break;
      vma = find_vma(mm, start);
    }
    /* madvise_unlock(mm, behavior) */
    if (write) mmap_write_unlock(mm);
    else mmap_read_unlock(mm);
    return unmapped_error;
  }

  /* madvise_willneed() for a file: drops the mmap lock around vfs_fadvise */
  @MightSleep
  @RequiresMmapRead("vma.vm_mm")
  static int madvise_willneed(VmAreaStruct vma, long start, long end) {
    MmStruct mm = vma.vm_mm;
    File file = vma.vm_file;
    if (file == null) return 0;
    /* *prev = NULL; get_file(file); */
    mmap_read_unlock(mm);
    /* vfs_fadvise(file, offset, end - start, POSIX_FADV_WILLNEED); fput(file); */
    mmap_read_lock(mm);
    return 0;
  }
}

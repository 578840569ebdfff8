import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// A VMA whose lock is surely held is not null: the lock was taken through it (6.16 madvise's
// try_vma_read_lock, with the per-VMA lock remembered in a flag).
class LockedThrough {
  @RequiresVmaStable("vma")
  static long size(VmAreaStruct vma) {
    return vma.vm_end - vma.vm_start;
  }

  // ok: null.unchecked -- vma_locked is true only where lock_vma_under_rcu found the VMA
  @MightSleep
  static long madvise(MmStruct mm, long start, long end) {
    boolean vma_locked = false;
    VmAreaStruct vma = lock_vma_under_rcu(mm, start);
    if (vma != null) {
      if (end > vma.vm_end) {
        vma_end_read(vma);
      } else {
        vma_locked = true;
      }
    }
    long ret = 0;
    if (vma_locked) {
      ret = size(vma);
      vma_end_read(vma);
    }
    return ret;
  }

  // Where the lock may not be held, neither may the VMA be there.
  @MightSleep
  static long notLocked(MmStruct mm, long start, long end) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, start);
    boolean big = start < end;
    if (big) {
      // :: error: [null.unchecked]
      long r = vma.vm_end;
    }
    if (vma != null) {
      vma_end_read(vma);
    }
    return 0;
  }
}

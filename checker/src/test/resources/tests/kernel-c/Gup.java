package gup2;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
/** __get_user_pages_locked (mm/gup.c 6.12), with __get_user_pages/faultin_page dropping the lock. */
class Gup {
  static final int EAGAIN = -11, EFAULT = -14, EBUSY = -16;
  static final int FOLL_UNLOCKABLE = 0x100000;

  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_READ, on = "mm")
  static boolean mmap_read_lock_killable(MmStruct mm) {
    mmap_read_lock(mm);
    return false;
  }

  /** __get_user_pages(): one page; returns 1 done, 0 when it dropped the lock (*locked = 0). */
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean __get_user_pages_one(MmStruct mm, long start, int flags) {
    VmAreaStruct vma = vma_lookup(mm, start);   /* gup_vma_lookup() */
    if (vma == null) {
      return true;
    }
    if ((flags & FOLL_UNLOCKABLE) != 0 && (vma.vm_flags & 1) != 0) {
      mmap_read_unlock(mm); /* faultin_page(): VM_FAULT_RETRY, *locked = 0 */
      return false;
    }
    return true;
  }

  @MightSleep
  static long __get_user_pages_locked(MmStruct mm, long start, long nr_pages, int flags,
      boolean locked_in) {
    long pages_done = 0;
    boolean must_unlock = false;
    boolean locked = false; /* get_user_pages_unlocked(): *locked = 0 */
    if (!locked) {
      if (mmap_read_lock_killable(mm)) {
        return EAGAIN;
      }
      must_unlock = true;
      locked = true;
    }
    for (;;) {
      while (nr_pages > 0 && locked) {
        locked = __get_user_pages_one(mm, start, flags);
        if (locked) {
          pages_done++;
          nr_pages--;
          start += PAGE_SIZE;
        }
      }
      if ((flags & FOLL_UNLOCKABLE) == 0 || locked || nr_pages == 0) {
        break;
      }
      /* retry: VM_FAULT_RETRY has dropped the lock. */
      locked = true;
      if (mmap_read_lock_killable(mm)) {
        if (pages_done == 0) {
          pages_done = EAGAIN;
        }
        locked = false;
        break;
      }
    }
    if (must_unlock && locked) {
      mmap_read_unlock(mm);
      locked = false;
    }
    return pages_done;
  }
}

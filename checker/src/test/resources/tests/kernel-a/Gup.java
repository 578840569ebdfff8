import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Gup {
  static final long EINTR = -4, EFAULT = -14, EAGAIN = -11;
  static final int VM_FAULT_RETRY = 0x400;
  static boolean fatal_signal_pending;

  /* mmap_read_lock_killable(): 0 (false) when taken */
  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_READ, on = "mm")
  static boolean mmap_read_lock_killable(MmStruct mm) {
    if (fatal_signal_pending) return true;
    mmap_read_lock(mm);
    return false;
  }

  @RequiresVmaStable("vma")
  static int handle_mm_fault(VmAreaStruct vma, long address) {
    return address < vma.vm_start ? VM_FAULT_RETRY : 0;
  }

  /* faultin_page(): returns with the mmap lock dropped iff VM_FAULT_RETRY */
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean faultin_page(VmAreaStruct vma, long address) {
    int ret = handle_mm_fault(vma, address);
    if ((ret & VM_FAULT_RETRY) != 0) {
      mmap_read_unlock(vma.vm_mm); /* handle_mm_fault released it (fpin / lock_folio_or_retry) */
      return false;
    }
    return true;
  }

  /* __get_user_pages(): *locked in, *locked out; returns the pages done in ret */
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean __get_user_pages(MmStruct mm, long start, long nr_pages, Ref<Long> ret) {
    long i = 0;
    VmAreaStruct vma = null;
    mmap_assert_locked(mm);
    do {
      if (vma == null || start >= vma.vm_end) {
        vma = find_vma(mm, start); /* gup_vma_lookup() */
        if (vma == null || start < vma.vm_start) {
          ret.set(i != 0 ? i : EFAULT);
          return true;
        }
      }
      /* page = follow_page_mask(vma, start, foll_flags, &ctx); */
      boolean present = (start & 1) == 0;
      if (!present) {
        if (!faultin_page(vma, start)) {
          /* -EBUSY: the lock was dropped, *locked = 0 */
          ret.set(i);
          return false;
        }
        continue;
      }
      i++;
      start += PAGE_SIZE;
      nr_pages--;
    } while (nr_pages != 0);
    ret.set(i);
    return true;
  }

  /* __get_user_pages_locked() entered with *locked == 0, as get_user_pages_unlocked() does */
  @MightSleep
  static long get_user_pages_unlocked(MmStruct mm, long start, long nr_pages) {
    long ret, pages_done;
    boolean must_unlock = false;
    boolean locked = false;
    if (nr_pages == 0) return 0;
    if (!locked) {
      if (mmap_read_lock_killable(mm)) return EAGAIN;
      must_unlock = true;
      locked = true;
    }
    pages_done = 0;
    Ref<Long> r = new Ref<>();
    outer:
    for (;;) {
      locked = __get_user_pages(mm, start, nr_pages, r);
      ret = r.get();
      if (ret > 0) {
        nr_pages -= ret;
        pages_done += ret;
        if (nr_pages == 0) break;
      }
      if (locked) {
        if (pages_done == 0) pages_done = ret;
        break;
      }
      start += ret * PAGE_SIZE;
      must_unlock = true;
      for (;;) { /* retry: */
        if (fatal_signal_pending) {
          if (pages_done == 0) pages_done = EINTR;
          break outer;
        }
        if (mmap_read_lock_killable(mm)) {
          if (pages_done == 0) pages_done = EINTR;
          break outer;
        }
        locked = true;
        locked = __get_user_pages(mm, start, 1, r);
        ret = r.get();
        if (!locked) continue; /* goto retry */
        break;
      }
      if (ret != 1) {
        if (pages_done == 0) pages_done = ret;
        break;
      }
      nr_pages--;
      pages_done++;
      if (nr_pages == 0) break;
      start += PAGE_SIZE;
    }
    if (must_unlock && locked) {
      mmap_read_unlock(mm);
      locked = false;
    }
    return pages_done;
  }
}

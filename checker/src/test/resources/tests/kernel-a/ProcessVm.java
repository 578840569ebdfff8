import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ProcessVm {
  static final long EFAULT = -14;
  /* pin_user_pages_remote(mm, ..., &locked): may drop the lock; true if still held */
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean pin_user_pages_remote(MmStruct mm, long start, long nr, Ref<Long> pinned) {
    VmAreaStruct vma = vma_lookup(mm, start);
    if (vma == null) { pinned.set(EFAULT); return true; }
    if ((vma.vm_flags & 1) != 0) { mmap_read_unlock(mm); pinned.set(0L); return false; }
    pinned.set(nr);
    return true;
  }

  /* process_vm_rw_single_vec() */
  @MightSleep
  static long process_vm_rw_single_vec(MmStruct mm, long addr, long len) {
    long pa = addr & ~(PAGE_SIZE - 1);
    long nr_pages = (addr + len - 1) / PAGE_SIZE - addr / PAGE_SIZE + 1;
    Ref<Long> pinned = new Ref<>();
    while (nr_pages != 0) {
      boolean locked = true;
      long pinned_pages = Math.min(nr_pages, 16);
      /* Get the pages we're interested in. We must access remote memory with the mmap lock held */
      mmap_read_lock(mm);
      locked = pin_user_pages_remote(mm, pa, pinned_pages, pinned);
      if (locked) mmap_read_unlock(mm);
      pinned_pages = pinned.get();
      if (pinned_pages <= 0) return EFAULT;
      /* process_vm_rw_pages(); unpin_user_pages() */
      nr_pages -= pinned_pages;
      pa += pinned_pages * PAGE_SIZE;
    }
    return 0;
  }
}

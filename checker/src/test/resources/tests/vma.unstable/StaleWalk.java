import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pagewalk.*;

// A VMA that may have been freed (its lock dropped, then a lock taken again) is not walked, and
// one found under its own VMA lock is not valid again under the mmap lock taken after vma_end_read.
class StaleWalk {
  static final MmWalkOps RD = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, null);

  @MightSleep
  static int walkStale(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null) {
      mmap_read_unlock(mm);
      return 0;
    }
    mmap_read_unlock(mm);
    mmap_read_lock(mm);
    // :: error: [vma.unstable]
    int r = walk_page_vma(vma, RD, null);
    mmap_read_unlock(mm);
    return r;
  }

  @MightSleep
  static long afterVmaLock(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return 0;
    }
    vma_end_read(vma);
    mmap_read_lock(mm);
    // :: error: [vma.unstable]
    int r = walk_page_vma(vma, RD, null);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: vma.unstable (looked up again under the lock; or the mmap lock held across vma_end_read)
  @MightSleep
  static long lookedUpAgain(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return 0;
    }
    vma_end_read(vma);
    mmap_read_lock(mm);
    vma = vma_lookup(mm, addr);
    long f = vma == null ? 0 : vma.vm_flags;
    mmap_read_unlock(mm);
    return f;
  }
}

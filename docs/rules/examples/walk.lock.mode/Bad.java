import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class VerifyWalks {
  static final MmWalkOps WR_VERIFY = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK_VERIFY, (pte, addr, next, walk) -> 0);
  static final MmWalkOps VMA_RD_VERIFY = new MmWalkOps(PageWalkLock.PGWALK_VMA_RDLOCK_VERIFY, (pte, addr, next, walk) -> 0);

  static int change(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    // :: error: [walk.lock.mode]
    int r = walk_page_vma(vma, WR_VERIFY, null);       // ERROR: [walk.lock.mode] vma is not write-locked
    mmap_write_unlock(mm);
    return r;
  }

  static int advise(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    // :: error: [walk.lock.mode]
    int r = walk_page_vma(vma, VMA_RD_VERIFY, null);   // ERROR: [walk.lock.mode] the mmap lock is not a VMA lock
    mmap_read_unlock(mm);
    return r;
  }
}

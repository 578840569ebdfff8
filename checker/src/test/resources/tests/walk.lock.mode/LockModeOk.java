import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class LockModeOk {
  static final MmWalkOps VERIFY_W = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK_VERIFY, (pte, addr, next, walk) -> 0);
  static final MmWalkOps VERIFY_R = new MmWalkOps(PageWalkLock.PGWALK_VMA_RDLOCK_VERIFY, (pte, addr, next, walk) -> 0);

  // ok: walk.lock.mode
  static int wrlockVerifyAfterStartWrite(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    int r = walk_page_vma(vma, VERIFY_W, null);
    mmap_write_unlock(mm);
    return r;
  }

  // ok: walk.lock.mode
  static int wrlockVerifyRangeAfterStartWriteOfOneVma(MmStruct mm, long addr) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK_VERIFY, (pte, a, n, w) -> 0);
    mmap_write_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    int r = 0;
    if (vma != null) {
      vma_start_write(vma);
      r = walk_page_range(mm, vma.vm_start, vma.vm_end, ops, null);
    }
    mmap_write_unlock(mm);
    return r;
  }

  // ok: walk.lock.mode
  static int vmaRdlockVerifyUnderVmaReadLock(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return -1;
    }
    int r = walk_page_range_vma(vma, addr, addr + PAGE_SIZE, new MmWalkOps(PageWalkLock.PGWALK_VMA_RDLOCK_VERIFY, (pte, a, n, w) -> 0), null);
    vma_end_read(vma);
    return r;
  }

  // ok: walk.lock.mode
  static int vmaRdlockVerifyUnderVmaWriteLock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    int r = walk_page_vma(vma, VERIFY_R, null);
    mmap_write_unlock(mm);
    return r;
  }

  // ok: walk.lock.mode
  @RequiresVmaLock("vma")
  static int vmaRdlockVerifyInHelper(VmAreaStruct vma) {
    return walk_page_vma(vma, VERIFY_R, null);
  }

  // ok: walk.lock.mode
  static int wrlockVerifyStartWriteBeforeDowngradeThenWalkLater(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    int r = walk_page_vma(vma, VERIFY_W, null);
    mmap_write_downgrade(mm);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: walk.lock.mode
  static int plainRdlockNeedsNoVmaLock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    int r = walk_page_vma(vma, new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, a, n, w) -> 0), null);
    mmap_read_unlock(mm);
    return r;
  }
}

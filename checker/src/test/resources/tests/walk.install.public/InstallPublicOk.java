import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class InstallPublicOk {
  static final MmWalkOps INSTALL_OPS =
      new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0, (addr, next, ptep, walk) -> 0);

  // ok: walk.install.public
  static int internalWalkUnderRead(MmStruct mm) {
    mmap_read_lock(mm);
    int r = walk_page_range_mm(mm, 0, TASK_SIZE, INSTALL_OPS, null);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: walk.install.public
  static int internalWalkLocalOpsUnderWrite(MmStruct mm) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK, (pte, a, n, w) -> 0, (a, n, p, w) -> 0);
    mmap_write_lock(mm);
    int r = walk_page_range_mm(mm, 0, TASK_SIZE, ops, null);
    mmap_write_unlock(mm);
    return r;
  }

  // ok: walk.install.public
  static int nullInstallIsNoInstall(MmStruct mm) {
    mmap_read_lock(mm);
    int r = walk_page_range(mm, 0, TASK_SIZE, new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, a, n, w) -> 0, null), null);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: walk.install.public
  static int publicWalkWithoutInstall(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, a, n, w) -> 0);
    mmap_read_lock(mm);
    int r = walk_page_vma(vma, ops, null);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: walk.install.public
  @RequiresMmapRead("mm")
  static int internalWalkInHelper(MmStruct mm, long start, long end) {
    return walk_page_range_mm(mm, start, end, INSTALL_OPS, null);
  }

  // ok: walk.install.public
  static int internalWalkUnderVmaLock(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return -1;
    }
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_VMA_RDLOCK_VERIFY, (pte, a, n, w) -> 0, (a, n, p, w) -> 0);
    int r = walk_page_range_mm(mm, vma.vm_start, vma.vm_end, ops, null);
    vma_end_read(vma);
    return r;
  }
}

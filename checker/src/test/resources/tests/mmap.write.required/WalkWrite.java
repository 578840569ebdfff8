import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class WalkWrite {
  static final MmWalkOps WR_OPS = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK, (pte, addr, next, walk) -> 0);

  static int wrlockUnderRead(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [mmap.write.required]
    int r = walk_page_range(mm, 0, TASK_SIZE, WR_OPS, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int wrlockAfterDowngrade(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    mmap_write_downgrade(mm);
    // :: error: [mmap.write.required]
    int r = walk_page_vma(vma, WR_OPS, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int wrlockVerifyUnderReadLocalOps(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK_VERIFY, (pte, a, n, w) -> 0);
    mmap_read_lock(mm);
    // :: error: [mmap.write.required]
    int r = walk_page_range_vma(vma, vma.vm_start, vma.vm_end, ops, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int wrlockUnderVmaLock(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return -1;
    }
    // :: error: [mmap.write.required]
    int r = walk_page_vma(vma, new MmWalkOps(PageWalkLock.PGWALK_WRLOCK, (pte, a, n, w) -> 0), null);
    vma_end_read(vma);
    return r;
  }

  static int internalWrlockUnderRead(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [mmap.write.required]
    int r = walk_page_range_mm(mm, 0, TASK_SIZE, WR_OPS, null);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: mmap.write.required
  static int wrlockUnderWrite(MmStruct mm) {
    mmap_write_lock(mm);
    int r = walk_page_range(mm, 0, TASK_SIZE, WR_OPS, null);
    mmap_write_unlock(mm);
    return r;
  }

  // ok: mmap.write.required
  static int wrlockVerifyUnderWriteWithStartWrite(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK_VERIFY, (pte, a, n, w) -> 0);
    mmap_write_lock(mm);
    vma_start_write(vma);
    int r = walk_page_vma(vma, ops, null);
    mmap_write_unlock(mm);
    return r;
  }

  // ok: mmap.write.required
  static int wrlockBeforeDowngrade(MmStruct mm) {
    mmap_write_lock(mm);
    int r = walk_page_range(mm, 0, TASK_SIZE, WR_OPS, null);
    mmap_write_downgrade(mm);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: mmap.write.required
  @RequiresMmapWrite("vma.vm_mm")
  static int wrlockInHelper(VmAreaStruct vma) {
    return walk_page_vma(vma, WR_OPS, null);
  }
}

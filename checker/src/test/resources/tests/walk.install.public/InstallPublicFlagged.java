import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class InstallPublicFlagged {
  static final MmWalkOps INSTALL_OPS =
      new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0, (addr, next, ptep, walk) -> 0);

  static int publicRangeWalk(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [walk.install.public]
    int r = walk_page_range(mm, 0, TASK_SIZE, INSTALL_OPS, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int vmaWalkLocalOps(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, a, n, w) -> 0, (a, n, p, w) -> 0);
    mmap_read_lock(mm);
    // :: error: [walk.install.public]
    int r = walk_page_vma(vma, ops, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int rangeVmaWalkInlineOps(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    // :: error: [walk.install.public]
    int r = walk_page_range_vma(vma, vma.vm_start, vma.vm_end, new MmWalkOps(PageWalkLock.PGWALK_WRLOCK, (pte, a, n, w) -> 0, (a, n, p, w) -> 0), null);
    mmap_write_unlock(mm);
    return r;
  }

  static int mappingWalk(AddressSpace mapping) {
    i_mmap_lock_read(mapping);
    // :: error: [walk.install.public]
    int r = walk_page_mapping(mapping, 0, 16, INSTALL_OPS, null);
    i_mmap_unlock_read(mapping);
    return r;
  }

  static int novmaWalk(MmStruct mm) {
    mmap_write_lock(mm);
    // :: error: [walk.install.public]
    int r = walk_page_range_novma(mm, 0, TASK_SIZE, INSTALL_OPS, null, null);
    mmap_write_unlock(mm);
    return r;
  }

  static int kernelWalk(long start, long end) {
    mmap_read_lock(init_mm);
    // :: error: [walk.install.public]
    int r = walk_kernel_page_table_range(start, end, INSTALL_OPS, null, null);
    mmap_read_unlock(init_mm);
    return r;
  }
}

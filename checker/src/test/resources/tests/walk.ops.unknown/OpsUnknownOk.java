import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class OpsUnknownOk {
  static final MmWalkOps RD_OPS = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);

  // ok: walk.ops.unknown
  static int staticFinalField(MmStruct mm) {
    mmap_read_lock(mm);
    int r = walk_page_range(mm, 0, TASK_SIZE, RD_OPS, null);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: walk.ops.unknown
  static int localOps(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, a, n, w) -> 0);
    mmap_read_lock(mm);
    int r = walk_page_vma(vma, ops, null);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: walk.ops.unknown
  static int inlineOps(long start, long end) {
    mmap_read_lock(init_mm);
    int r = walk_kernel_page_table_range(start, end, new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, a, n, w) -> 0), null, null);
    mmap_read_unlock(init_mm);
    return r;
  }

  // ok: walk.ops.unknown
  static int mappingWalkDoesNotNeedTheMode(AddressSpace mapping, MmWalkOps ops) {
    i_mmap_lock_read(mapping);
    int r = walk_page_mapping(mapping, 0, 16, ops, null);
    i_mmap_unlock_read(mapping);
    return r;
  }

  // ok: walk.ops.unknown
  static int localOpsInLoop(MmStruct mm, int n) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, a, b, w) -> 0);
    int r = 0;
    mmap_read_lock(mm);
    for (int i = 0; i < n && r == 0; i++) {
      r = walk_page_range(mm, i * PAGE_SIZE, (i + 1) * PAGE_SIZE, ops, null);
    }
    mmap_read_unlock(mm);
    return r;
  }

  // ok: walk.ops.unknown
  static int localOpsInTryFinally(MmStruct mm) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK, (pte, a, n, w) -> 0);
    mmap_write_lock(mm);
    try {
      return walk_page_range(mm, 0, TASK_SIZE, ops, null);
    } finally {
      mmap_write_unlock(mm);
    }
  }

  static final MmWalkOps SHARED_RD = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, a, n, w) -> 0);

  // ok: walk.ops.unknown
  static int localCopyOfStaticFinal(MmStruct mm) {
    MmWalkOps ops = SHARED_RD;
    mmap_read_lock(mm);
    int r = walk_page_range(mm, 0, TASK_SIZE, ops, null);
    mmap_read_unlock(mm);
    return r;
  }
}

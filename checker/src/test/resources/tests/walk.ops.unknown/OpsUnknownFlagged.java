import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class OpsUnknownFlagged {
  static MmWalkOps mutableOps = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);
  static final MmWalkOps BUILT_OPS = build();
  MmWalkOps instanceOps;

  static MmWalkOps build() {
    return new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);
  }

  static int parameterUnderWrite(MmStruct mm, MmWalkOps ops) {
    mmap_write_lock(mm);
    // :: warning: [walk.ops.unknown]
    int r = walk_page_range(mm, 0, TASK_SIZE, ops, null);
    mmap_write_unlock(mm);
    return r;
  }

  static int parameterUnderRead(VmAreaStruct vma, MmWalkOps ops) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    // :: error: [mmap.write.required]
    // :: warning: [walk.ops.unknown]
    int r = walk_page_vma(vma, ops, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int nonFinalStaticField(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [mmap.write.required]
    // :: warning: [walk.ops.unknown]
    int r = walk_page_range(mm, 0, TASK_SIZE, mutableOps, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int finalFieldFromCall(MmStruct mm) {
    mmap_write_lock(mm);
    // :: warning: [walk.ops.unknown]
    int r = walk_page_range(mm, 0, TASK_SIZE, BUILT_OPS, null);
    mmap_write_unlock(mm);
    return r;
  }

  int instanceField(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    // :: warning: [walk.ops.unknown]
    int r = walk_page_range_vma(vma, vma.vm_start, vma.vm_end, instanceOps, null);
    mmap_write_unlock(mm);
    return r;
  }

  static int localFromCall(MmStruct mm) {
    MmWalkOps ops = build();
    mmap_write_lock(mm);
    mmap_write_downgrade(mm);
    // :: error: [mmap.write.required]
    // :: warning: [walk.ops.unknown]
    int r = walk_page_range(mm, 0, TASK_SIZE, ops, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int kernelWalkUnderRead(MmWalkOps ops, long start, long end) {
    mmap_read_lock(init_mm);
    // :: error: [mmap.write.required]
    // :: warning: [walk.ops.unknown]
    int r = walk_kernel_page_table_range(start, end, ops, null, null);
    mmap_read_unlock(init_mm);
    return r;
  }

  static int novmaInitMmUnderRead(MmWalkOps ops) {
    mmap_read_lock(init_mm);
    // :: error: [mmap.write.required]
    // :: warning: [walk.ops.unknown]
    int r = walk_page_range_novma(init_mm, 0, TASK_SIZE, ops, null, null);
    mmap_read_unlock(init_mm);
    return r;
  }

  static int novmaUserUnderWrite(@UserMm MmStruct mm, MmWalkOps ops) {
    mmap_write_lock(mm);
    // :: warning: [walk.ops.unknown]
    int r = walk_page_range_novma(mm, 0, TASK_SIZE, ops, null, null);
    mmap_write_unlock(mm);
    return r;
  }

  static int internalWalkUnderWrite(MmStruct mm, MmWalkOps ops) {
    mmap_write_lock(mm);
    // :: warning: [walk.ops.unknown]
    int r = walk_page_range_mm(mm, 0, TASK_SIZE, ops, null);
    mmap_write_unlock(mm);
    return r;
  }
}

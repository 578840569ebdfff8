import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pagewalk.*;

// An mm known to be init_mm (after `mm == init_mm`, or a @KernelMm parameter) is init_mm: its
// mmap lock is init_mm's mmap lock, both ways (walk_page_range_debug's shape).
class KernelMmEquality {
  static int cb(Pte pte, long addr, long next, MmWalk walk) { return 0; }
  static final MmWalkOps RD = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, KernelMmEquality::cb);

  static int debugWalk(MmStruct mm) {
    mmap_write_lock(mm);
    int r;
    if (mm == init_mm) {
      r = walk_kernel_page_table_range(0, 1, RD, null, null);
    } else {
      r = walk_page_range_novma(mm, 0, 1, RD, null, null);
    }
    mmap_write_unlock(mm);
    return r;
  }

  static void lockedAsInitMm(MmStruct mm) {
    mmap_read_lock(init_mm);
    if (mm == init_mm) {
      walk_page_range_novma(mm, 0, 1, RD, null, null);
    }
    mmap_read_unlock(init_mm);
  }

  @RequiresMmapRead("mm")
  static int kernelParam(@KernelMm MmStruct mm) {
    return walk_kernel_page_table_range(0, 1, RD, null, null);
  }

  // Not known equal: another mm's lock proves nothing about init_mm.
  static int notInitMm(MmStruct mm) {
    mmap_write_lock(mm);
    int r = 0;
    if (mm != init_mm) {
      // :: error: [mmap.required]
      r = walk_kernel_page_table_range(0, 1, RD, null, null);
    }
    mmap_write_unlock(mm);
    return r;
  }

  // Two mms each known to be init_mm are the same mm.
  @RequiresMmapRead("a")
  static int twoKernelMms(@KernelMm MmStruct a, @KernelMm MmStruct b) {
    return walk_page_range_novma(b, 0, 1, RD, null, null);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class MmapRequiredOk {
  // ok: mmap.required
  static long vmaEnd(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    long end = 0;
    if (vma != null) {
      end = vma.vm_end;
    }
    mmap_read_unlock(mm);
    return end;
  }

  // ok: mmap.required
  static boolean underWriteLock(MmStruct mm, long addr) {
    mmap_write_lock(mm);
    boolean found = vma_lookup(mm, addr) != null;
    mmap_write_unlock(mm);
    return found;
  }

  // ok: mmap.required
  static void downgradedStillCounts(MmStruct mm) {
    mmap_write_lock(mm);
    mmap_write_downgrade(mm);
    mmap_assert_locked(mm);
    mmap_read_unlock(mm);
  }

  // ok: mmap.required
  static int trylockSucceeded(MmStruct mm, long addr) {
    if (mmap_read_trylock(mm)) {
      VmAreaStruct vma = find_vma(mm, addr);
      mmap_read_unlock(mm);
      return vma == null ? 0 : 1;
    }
    return -1;
  }

  // ok: mmap.required
  static int trylockInLocal(MmStruct mm, long addr) {
    boolean ok = mmap_read_trylock(mm);
    if (!ok) {
      return -1;
    }
    boolean found = vma_lookup(mm, addr) != null;
    mmap_read_unlock(mm);
    return found ? 1 : 0;
  }

  // ok: mmap.required
  @RequiresMmapRead("mm")
  static boolean covered(MmStruct mm, long addr) {
    mmap_assert_locked(mm);
    return vma_lookup(mm, addr) != null;
  }

  // ok: mmap.required
  static boolean helperUnderLock(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    boolean c = covered(mm, addr);
    mmap_read_unlock(mm);
    return c;
  }

  // ok: mmap.required
  static void throughAlias(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    mmap_assert_locked(vma.vm_mm);
    mmap_read_unlock(mm);
  }

  // ok: mmap.required
  @RequiresMmapRead("vma.vm_mm")
  static boolean neighbour(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    return find_vma(mm, vma.vm_end) != null;
  }

  // ok: mmap.required
  static int countInLoop(MmStruct mm, long addr, int n) {
    int found = 0;
    mmap_read_lock(mm);
    try {
      for (int i = 0; i < n; i++) {
        if (find_vma(mm, addr + i * PAGE_SIZE) != null) {
          found++;
        }
      }
    } finally {
      mmap_read_unlock(mm);
    }
    return found;
  }

  // ok: mmap.required
  static boolean trylockThenBlockingFallback(MmStruct mm, long addr) {
    if (!mmap_read_trylock(mm)) {
      mmap_read_lock(mm);
    }
    boolean found = find_vma(mm, addr) != null;
    mmap_read_unlock(mm);
    return found;
  }

  // ok: mmap.required
  static void inLambdaTakingItsOwnLock(MmStruct mm) {
    Runnable r = () -> {
      mmap_read_lock(mm);
      mmap_assert_locked(mm);
      mmap_read_unlock(mm);
    };
    r.run();
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class MmapRequiredFlagged {
  static boolean noLock(MmStruct mm, long addr) {
    // :: error: [mmap.required]
    VmAreaStruct vma = find_vma(mm, addr);
    return vma != null;
  }

  static boolean afterUnlock(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
    // :: error: [mmap.required]
    return vma_lookup(mm, addr) != null;
  }

  static boolean underRcuOnly(MmStruct mm, long addr) {
    rcu_read_lock();
    // :: error: [mmap.required]
    boolean found = vma_lookup(mm, addr) != null;
    rcu_read_unlock();
    return found;
  }

  static boolean underVmaLockOnly(MmStruct mm, long addr) {
    VmAreaStruct locked = lock_vma_under_rcu(mm, addr);
    if (locked == null) {
      return false;
    }
    // :: error: [mmap.required]
    VmAreaStruct next = find_vma(mm, addr + PAGE_SIZE);
    vma_end_read(locked);
    return next != null;
  }

  static void underRmapOnly(VmAreaStruct vma) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    // :: error: [mmap.required]
    mmap_assert_locked(vma.vm_mm);
    i_mmap_unlock_read(mapping);
  }

  static int trylockFailed(MmStruct mm, long addr) {
    if (!mmap_read_trylock(mm)) {
      // :: error: [mmap.required]
      VmAreaStruct vma = find_vma(mm, addr);
      return vma == null ? 0 : 1;
    }
    mmap_read_unlock(mm);
    return 2;
  }

  static boolean trylockNotTested(MmStruct mm, long addr) {
    boolean locked = mmap_read_trylock(mm);
    // :: error: [mmap.required]
    boolean found = vma_lookup(mm, addr) != null;
    if (locked) {
      mmap_read_unlock(mm);
    }
    return found;
  }

  static void releasedThroughAlias(VmAreaStruct vma, long addr) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    mmap_read_unlock(vma.vm_mm);
    // :: error: [mmap.required]
    mmap_assert_locked(mm);
  }

  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean releasedOnOneBranch(MmStruct mm, long addr, boolean keep) {
    mmap_read_lock(mm);
    if (!keep) {
      mmap_read_unlock(mm);
    }
    // :: error: [mmap.required]
    mmap_assert_locked(mm);
    return keep;
  }

  @RequiresMmapRead("mm")
  static boolean covered(MmStruct mm, long addr) {
    return vma_lookup(mm, addr) != null;
  }

  static boolean helperWithoutLock(MmStruct mm, long addr) {
    // :: error: [mmap.required]
    return covered(mm, addr);
  }

  static void inLambda(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    Runnable r = () -> {
      // :: error: [mmap.required]
      mmap_assert_locked(mm);
    };
    r.run();
    mmap_read_unlock(mm);
  }

  static int inLoopAfterUnlock(MmStruct mm, long addr, int n) {
    int found = 0;
    mmap_read_lock(mm);
    for (int i = 0; i < n; i++) {
      if (i == 1) {
        mmap_read_unlock(mm);
        mmap_read_lock(mm);
      }
      if (find_vma(mm, addr + i * PAGE_SIZE) != null) {
        found++;
      }
    }
    mmap_read_unlock(mm);
    return found;
  }
}

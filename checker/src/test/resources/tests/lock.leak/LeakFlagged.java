import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class LeakFlagged {
  static long earlyReturn(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = vma_lookup(mm, addr);
    if (vma == null) {
      // :: error: [lock.leak]
      return -1;
    }
    long s = vma.vm_start;
    mmap_read_unlock(mm);
    return s;
  }

  // :: error: [lock.leak]
  static void rcuFallsOff() {
    rcu_read_lock();
  }

  static long vmaReadKept(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return 0;
    }
    long end = vma.vm_end;
    // :: error: [lock.leak]
    return end;
  }

  static int trylockForgotten(MmStruct mm) {
    if (mmap_read_trylock(mm)) {
      // :: error: [lock.leak]
      return 1;
    }
    return 0;
  }

  static void overwritten(MmStruct mm, Pmd a, Pmd b) {
    Spinlock l = pmd_lock(mm, a);
    l = pmd_lock(mm, b);
    spin_unlock(l);
    // :: error: [lock.leak]
    return;
  }

  static int breakOut(MmStruct mm, int n) {
    for (int i = 0; i < n; i++) {
      mmap_read_lock(mm);
      if (i == 3) {
        break;
      }
      mmap_read_unlock(mm);
    }
    // :: error: [lock.leak]
    return n;
  }

  @RequiresMmapRead("mm")
  static long unmapKeepsLock(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return 0;
    }
    long v = ptep_get(pte);
    pte_unmap(pte);
    // :: error: [lock.leak]
    return v;
  }

  static Runnable lambdaLeaks(MmStruct mm) {
    // :: error: [lock.leak]
    return () -> {
      hugetlb_walker_lock();
    };
  }

  @MightSleep
  @Acquires(kind = LockKind.MMAP_READ, on = "mm")
  static int declaresOneTakesTwo(MmStruct mm, VmAreaStruct vma) {
    mmap_read_lock(mm);
    i_mmap_lock_read(vma.vm_file.f_mapping);
    // :: error: [lock.leak]
    return 0;
  }

  static int takenInBranch(MmStruct mm, boolean c) {
    if (c) {
      mmap_read_lock(mm);
    }
    // :: error: [lock.leak]
    return 0;
  }
}

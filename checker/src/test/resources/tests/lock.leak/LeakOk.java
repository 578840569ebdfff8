import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class LeakOk {
  // ok: lock.leak
  static long releasedOnEveryPath(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = vma_lookup(mm, addr);
    long s = -1;
    if (vma != null) {
      s = vma.vm_start;
    }
    mmap_read_unlock(mm);
    return s;
  }

  // ok: lock.leak
  @MightSleep
  @Acquires(kind = LockKind.MMAP_READ, on = "mm")
  static void lockFor(MmStruct mm) {
    mmap_read_lock(mm);
  }

  // ok: lock.leak
  @AcquiresIfNonNull(kind = LockKind.VMA_READ, on = "result")
  static VmAreaStruct lookupLocked(MmStruct mm, long addr) {
    return lock_vma_under_rcu(mm, addr);
  }

  // ok: lock.leak
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean tryFor(MmStruct mm) {
    return mmap_read_trylock(mm);
  }

  // ok: lock.leak
  @RequiresMmapWrite("vma.vm_mm")
  static void markWriting(VmAreaStruct vma) {
    vma_start_write(vma);
  }

  // ok: lock.leak
  @RequiresMmapRead("mm")
  static VmAreaStruct callersLock(MmStruct mm, long addr) {
    return find_vma(mm, addr);
  }

  // ok: lock.leak
  static void tryFinally(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    try {
      VmAreaStruct vma = find_vma(mm, addr);
      if (vma == null) {
        return;
      }
    } finally {
      mmap_read_unlock(mm);
    }
  }

  // ok: lock.leak
  static void nullCheckFallsOff(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma != null) {
      vma_end_read(vma);
    }
  }

  // ok: lock.leak
  static void voidEarlyReturn(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return;
    }
    vma_end_read(vma);
  }

  // ok: lock.leak
  static void trylockFallsOff(MmStruct mm) {
    boolean ok = mmap_read_trylock(mm);
    if (ok) {
      mmap_read_unlock(mm);
    }
  }

  // ok: lock.leak
  @Downgrades(kind = LockKind.MMAP_WRITE, on = "mm")
  static void downgradeFor(MmStruct mm) {
    mmap_write_downgrade(mm);
  }

  // ok: lock.leak
  static void loopBalanced(MmStruct mm, VmAreaStruct[] vmas) {
    for (VmAreaStruct v : vmas) {
      AddressSpace m = v.vm_file.f_mapping;
      i_mmap_lock_read(m);
      i_mmap_unlock_read(m);
    }
  }

  // ok: lock.leak
  static Runnable lambdaBalanced(MmStruct mm) {
    return () -> {
      mmap_read_lock(mm);
      mmap_read_unlock(mm);
    };
  }

  // ok: lock.leak
  static void writeUnlockDropsVmaWrite(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    mmap_write_unlock(mm);
  }
}

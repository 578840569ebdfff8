import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;

// @AcquiresIf and @AcquiresIfNonNull promise the lock exactly on one outcome; where a return's
// outcome is known, the body must keep that promise both ways.
class ConditionalAcquisitions {
  @MightSleep
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean neverLocks(MmStruct mm) {
    // :: error: [contract.postcondition]
    return true;
  }

  @MightSleep
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean locksAndSaysNo(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [lock.leak]
    return false;
  }

  // ok: contract.postcondition, lock.leak
  @MightSleep
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean lockUser(MmStruct mm) {
    if (mm == init_mm) {
      return false;
    }
    mmap_read_lock(mm);
    return true;
  }

  // ok: contract.postcondition, lock.leak
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean tryIt(MmStruct mm) {
    return mmap_read_trylock(mm);
  }

  // ok: contract.postcondition, lock.leak
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean tryItThroughALocal(MmStruct mm) {
    boolean ok = mmap_read_trylock(mm);
    return ok;
  }

  @AcquiresIfNonNull(kind = LockKind.VMA_READ, on = "result")
  static VmAreaStruct passesThrough(VmAreaStruct vma) {
    // :: error: [contract.postcondition]
    return vma;
  }

  // ok: contract.postcondition, lock.leak
  @AcquiresIfNonNull(kind = LockKind.VMA_READ, on = "result")
  static VmAreaStruct lockedVma(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return null;
    }
    return vma;
  }

  // A lock returned is not null: the PMD lock itself, held (__pmd_trans_huge_lock's shape).
  @MayReturnNull
  @AcquiresIfNonNull(kind = LockKind.PMD_LOCK, on = "result")
  @RequiresVmaStable("vma")
  static Spinlock hugeLock(Pmd pmd, VmAreaStruct vma) {
    Spinlock ptl = org.mmlock.mm.Pgtable.pmd_lock(vma.vm_mm, pmd);
    if (org.mmlock.mm.Pgtable.pmd_trans_huge(org.mmlock.mm.Pgtable.pmdp_get(pmd))) {
      return ptl;
    }
    org.mmlock.mm.Pgtable.spin_unlock(ptl);
    return null;
  }
}

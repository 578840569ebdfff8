import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pgtable.*;

// The kernel's 'spinlock_t *ptl = NULL; if (...) ptl = pmd_lock(mm, pmd); ... if (ptl)
// spin_unlock(ptl);': a lock taken through a local that is null on the other path is held iff
// the local is non-null, and a null test of the local settles it.
class NullInitialisedLockLocal {
  // ok: lock.release.not.held
  static void unlockIfLocked(MmStruct mm, Pmd pmd) {
    Spinlock ptl = null;
    if (pmd_trans_huge(pmdp_get(pmd))) {
      ptl = pmd_lock(mm, pmd);
    }
    long n = 1;
    if (ptl != null) {
      spin_unlock(ptl);
    }
  }

  // ok: lock.release.not.held
  static void chosenByConditional(MmStruct mm, Pmd pmd, long addr) {
    Spinlock ptl = addr > 0 ? pmd_lock(mm, pmd) : null;
    if (ptl == null) {
      return;
    }
    spin_unlock(ptl);
  }

  static void unlockedWithoutTest(MmStruct mm, Pmd pmd) {
    Spinlock ptl = null;
    if (pmd_trans_huge(pmdp_get(pmd))) {
      ptl = pmd_lock(mm, pmd);
    }
    // :: error: [lock.release.not.held]
    spin_unlock(ptl);
  }

  // Released on the path that took it: the test finds nothing held.
  static void unlockedTwice(MmStruct mm, Pmd pmd) {
    Spinlock ptl = null;
    if (pmd_trans_huge(pmdp_get(pmd))) {
      ptl = pmd_lock(mm, pmd);
      spin_unlock(ptl);
    }
    if (ptl != null) {
      // :: error: [lock.release.not.held]
      spin_unlock(ptl);
    }
  }

  // ok: lock.release.not.held, lock.leak
  // Taken at most once in a loop, on the first entry that needs it, released after the loop.
  static void takenInLoop(MmStruct mm, Pmd[] pmds) {
    Spinlock ptl = null;
    for (Pmd pmd : pmds) {
      if (ptl == null) {
        ptl = pmd_lock(mm, pmd);
      }
    }
    if (ptl != null) {
      spin_unlock(ptl);
    }
  }

  // A second pass through the loop takes another lock and loses the first one.
  // :: error: [lock.leak]
  static void takenInLoopEveryTime(MmStruct mm, Pmd[] pmds) {
    Spinlock ptl = null;
    for (Pmd pmd : pmds) {
      ptl = pmd_lock(mm, pmd);
    }
    if (ptl != null) {
      spin_unlock(ptl);
    }
  }

  // :: error: [lock.leak]
  static void takenInLoopNeverUnlocked(MmStruct mm, Pmd[] pmds) {
    Spinlock ptl = null;
    for (Pmd pmd : pmds) {
      if (ptl == null) {
        ptl = pmd_lock(mm, pmd);
      }
    }
  }

  // :: error: [lock.leak]
  static void neverUnlocked(MmStruct mm, Pmd pmd) {
    Spinlock ptl = null;
    if (pmd_trans_huge(pmdp_get(pmd))) {
      ptl = pmd_lock(mm, pmd);
    }
  }
}

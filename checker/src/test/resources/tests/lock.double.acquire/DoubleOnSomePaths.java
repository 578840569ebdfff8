import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pgtable.*;

/** Taking a lock that is held on some of the paths reaching the call. */
class DoubleOnSomePaths {
  /** The first pass through the loop takes the lock the method already holds. */
  static void relockInLoop(MmStruct mm, int n) {
    mmap_read_lock(mm);
    for (int i = 0; i < n; i++) {
      // :: error: [lock.double.acquire]
      mmap_read_lock(mm);
      mmap_read_unlock(mm);
    }
    // :: error: [lock.release.not.held]
    mmap_read_unlock(mm);
  }

  static void afterConditionalLock(MmStruct mm, boolean[] flags) {
    if (flags[0]) {
      mmap_write_lock(mm);
    }
    // :: error: [lock.double.acquire]
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
  }

  /** Held iff the boolean, then taken again with no test of it: a deadlock when it was true. */
  static void tiedThenUntested(MmStruct mm, boolean locked) {
    if (locked) {
      mmap_read_lock(mm);
    }
    // :: error: [lock.double.acquire]
    mmap_write_lock(mm);
    mmap_write_unlock(mm);
  }

  /** A trylock that may have succeeded, then the blocking lock without looking at its result. */
  static void trylockIgnored(MmStruct mm) {
    boolean got = mmap_read_trylock(mm);
    // :: error: [lock.double.acquire]
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
  }

  /** Held iff the boolean: taken only where the test says it is not. */
  static void tiedToBoolean(MmStruct mm, boolean locked) {
    if (locked) {
      mmap_read_lock(mm);
    }
    if (!locked) {
      mmap_read_lock(mm);
    }
    mmap_read_unlock(mm);
  }

  /** A copy of the boolean is a test of it. */
  static void testedThroughCopy(MmStruct mm, boolean locked) {
    if (locked) {
      mmap_read_lock(mm);
    }
    boolean unlocked = !locked;
    if (unlocked) {
      mmap_read_lock(mm);
    }
    mmap_read_unlock(mm);
  }

  /** A second boolean set alongside the lock is linked to the first: a test of it settles the lock. */
  static void secondBoolean(MmStruct mm, boolean a) {
    boolean b;
    if (a) {
      mmap_read_lock(mm);
      b = true;
    } else {
      b = false;
    }
    if (!b) {
      mmap_read_lock(mm);
    }
    mmap_read_unlock(mm);
  }

  /** The same, the second boolean the opposite of the first. */
  static void secondBooleanNegated(MmStruct mm, boolean a) {
    boolean b;
    if (a) {
      mmap_read_lock(mm);
      b = false;
    } else {
      b = true;
    }
    if (b) {
      mmap_read_lock(mm);
    }
    mmap_read_unlock(mm);
  }

  /** ... and still wrong where the test of the second boolean takes it again. */
  static void secondBooleanWrongWay(MmStruct mm, boolean a) {
    boolean b;
    if (a) {
      mmap_read_lock(mm);
      b = true;
    } else {
      b = false;
    }
    if (b) {
      // :: error: [lock.double.acquire]
      mmap_read_lock(mm);
    }
    // :: error: [lock.release.not.held]
    mmap_read_unlock(mm);
  }

  /** Held iff the local is non-null: taken at most once. */
  static void atMostOnce(MmStruct mm, Pmd pmd, int n) {
    Spinlock ptl = null;
    for (int i = 0; i < n; i++) {
      if (ptl == null) {
        ptl = pmd_lock(mm, pmd);
      }
    }
    if (ptl != null) {
      spin_unlock(ptl);
    }
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// A trylock's result compared with a boolean literal splits the paths as the result itself does.
class TrylockComparedWithLiteral {
  // ok: lock.release.not.held
  static void equalsTrue(MmStruct mm) {
    if (mmap_read_trylock(mm) == true) {
      mmap_read_unlock(mm);
    }
  }

  // ok: lock.release.not.held
  static void notFalse(MmStruct mm) {
    if (mmap_read_trylock(mm) != false) {
      mmap_read_unlock(mm);
    }
  }

  // ok: lock.release.not.held
  static void equalsFalseReturns(MmStruct mm) {
    if (mmap_read_trylock(mm) == false) {
      return;
    }
    mmap_read_unlock(mm);
  }

  // ok: lock.release.not.held
  static void storedThenCompared(MmStruct mm) {
    boolean ok = mmap_read_trylock(mm);
    if (ok == true) {
      mmap_read_unlock(mm);
    }
  }

  // The failure side releases a lock it does not hold, and the success side keeps it.
  // :: error: [lock.leak]
  static void wrongSide(MmStruct mm) {
    if (mmap_read_trylock(mm) == false) {
      // :: error: [lock.release.not.held]
      mmap_read_unlock(mm);
    }
  }
}

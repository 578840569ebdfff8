import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rmap.*;

// A return, break or continue inside a finally block leaves the try statement: it does not run
// the finally block a second time (the framework's graph did, and the unlock in it was reported
// as releasing a lock that is not held).
class JumpOutOfFinally {
  // ok: lock.release.not.held
  static int returnInFinally(MmStruct mm, int n) {
    mmap_read_lock(mm);
    try {
      n = n * 2;
    } finally {
      mmap_read_unlock(mm);
      return n;
    }
  }

  // ok: lock.release.not.held
  static int returnInFinallyAfterThrow(MmStruct mm, int n) {
    mmap_read_lock(mm);
    try {
      if (n > 3) {
        throw new IllegalStateException();
      }
      n++;
    } finally {
      mmap_read_unlock(mm);
      return n;
    }
  }

  // ok: lock.release.not.held
  static int returnInTryAndInFinally(MmStruct mm, int n) {
    mmap_read_lock(mm);
    try {
      if (n > 0) {
        return n;
      }
      n++;
    } finally {
      mmap_read_unlock(mm);
      if (n > 5) {
        return 0;
      }
    }
    return n;
  }

  // ok: lock.release.not.held
  static void breakInFinally(MmStruct mm, int n) {
    for (int i = 0; i < n; i++) {
      mmap_read_lock(mm);
      try {
        n--;
      } finally {
        mmap_read_unlock(mm);
        break;
      }
    }
  }

  // ok: lock.release.not.held
  static void continueInFinally(MmStruct mm, int n) {
    for (int i = 0; i < n; i++) {
      mmap_read_lock(mm);
      try {
        n--;
      } finally {
        mmap_read_unlock(mm);
        continue;
      }
    }
  }

  // ok: lock.release.not.held
  static int nestedFinally(MmStruct mm, AnonVma av, int n) {
    mmap_read_lock(mm);
    try {
      n++;
    } finally {
      anon_vma_lock_read(av);
      try {
        n--;
      } finally {
        anon_vma_unlock_read(av);
        mmap_read_unlock(mm);
        return n;
      }
    }
  }

  // The return in the finally block still leaves with the lock held.
  static int returnInFinallyKeepsLock(MmStruct mm, int n) {
    mmap_read_lock(mm);
    try {
      n++;
    } finally {
      // :: error: [lock.leak]
      return n;
    }
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// A trylock of a lock held on every path cannot deadlock, but it either always fails (held for
// write) or takes the lock a second time, which the one unlock the code has does not release.
// Held on some paths only, or released by the callee before it tries, it is not reported.
class TrylockWhileHeld {
  static void readTwice(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [lock.double.acquire]
    boolean again = mmap_read_trylock(mm);
    mmap_read_unlock(mm);
  }

  static void maybeHeld(MmStruct mm, boolean c) {
    if (c) {
      mmap_read_lock(mm);
    }
    if (!c && mmap_read_trylock(mm)) {
      mmap_read_unlock(mm);
    }
    if (c) {
      mmap_read_unlock(mm);
    }
  }

  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean dropAndRetry(MmStruct mm) {
    mmap_read_unlock(mm);
    return mmap_read_trylock(mm);
  }

  static void releasedFirst(MmStruct mm) {
    mmap_read_lock(mm);
    if (dropAndRetry(mm)) {
      mmap_read_unlock(mm);
    }
  }

  static void notHeld(MmStruct mm) {
    if (mmap_read_trylock(mm)) {
      mmap_read_unlock(mm);
    }
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// @Releases promises the caller the lock is gone at every return. Kept on one path, the lock
// is still the caller's (it was held on entry): a broken promise, not a leak of the method's own.
class ReleasesOnSomePaths {
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  static void releasesIfDone(MmStruct mm, boolean done) {
    if (done) {
      mmap_read_unlock(mm);
    }
    // :: error: [contract.postcondition]
    return;
  }

  // ok: contract.postcondition (released on every path)
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  static void releases(MmStruct mm, boolean done) {
    if (done) {
      find_vma(mm, 0);
    }
    mmap_read_unlock(mm);
  }

  // A lock the method took itself is still a leak, whatever it releases.
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  static void takesAnother(MmStruct mm, MmStruct other) {
    mmap_read_unlock(mm);
    mmap_read_lock(other);
    // :: error: [lock.leak]
    return;
  }
}

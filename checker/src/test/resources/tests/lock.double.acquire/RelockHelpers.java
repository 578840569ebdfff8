import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;

// A helper that drops a lock and takes it again, or trades a read lock for the write lock,
// takes it after the release: not a double acquire.
class RelockHelpers {
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @Acquires(kind = LockKind.MMAP_READ, on = "mm")
  static void relock(MmStruct mm) {
    mmap_read_unlock(mm);
    mmap_read_lock(mm);
  }

  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @Acquires(kind = LockKind.MMAP_WRITE, on = "mm")
  static void upgrade(MmStruct mm) {
    mmap_read_unlock(mm);
    mmap_write_lock(mm);
  }

  // ok: lock.double.acquire
  static void relocks(MmStruct mm) {
    mmap_read_lock(mm);
    relock(mm);
    mmap_read_unlock(mm);
  }

  // ok: lock.double.acquire
  static void upgrades(MmStruct mm) {
    mmap_read_lock(mm);
    upgrade(mm);
    mmap_write_unlock(mm);
  }

  // The helper releases mm's lock, not other's.
  static void relocksAnother(MmStruct mm, MmStruct other) {
    mmap_read_lock(mm);
    mmap_read_lock(other);
    // :: error: [lock.double.acquire]
    mmap_read_lock(other);
    relock(mm);
    mmap_read_unlock(other);
    mmap_read_unlock(mm);
  }
}

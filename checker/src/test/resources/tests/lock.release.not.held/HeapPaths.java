import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

/** Locks named through fields and array elements. */
class HeapPaths {
  MmStruct cur;

  // A field overwritten while its old object is locked: the lock cannot be released through it.
  int fieldOverwritten(MmStruct other) {
    mmap_read_lock(cur);
    cur = other;
    // :: error: [lock.release.not.held]
    mmap_read_unlock(cur);
    // :: error: [lock.leak]
    return 0;
  }

  // ok: lock.release.not.held
  int fieldKept() {
    mmap_read_lock(cur);
    mmap_read_unlock(this.cur);
    return 0;
  }

  // ok: lock.release.not.held
  static int arrayElement(MmStruct[] mms) {
    mmap_read_lock(mms[0]);
    mmap_read_unlock(mms[0]);
    return 0;
  }

  // ok: lock.release.not.held
  static int arrayElementByIndex(MmStruct[] mms, int i) {
    mmap_read_lock(mms[i]);
    mmap_read_unlock(mms[i]);
    return 0;
  }

  static int otherElement(MmStruct[] mms) {
    mmap_read_lock(mms[0]);
    // :: error: [lock.release.not.held]
    mmap_read_unlock(mms[1]);
    // :: error: [lock.leak]
    return 0;
  }
}

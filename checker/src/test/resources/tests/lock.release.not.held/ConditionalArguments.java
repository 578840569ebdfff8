import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// A conditional expression as a lock argument names one object when both branches do.
class ConditionalArguments {
  // ok: lock.release.not.held
  static void sameObject(MmStruct mm, boolean c) {
    mmap_read_lock(c ? mm : mm);
    mmap_read_unlock(mm);
  }

  // The lock is on one of two objects; which one, no later call can say.
  // :: error: [lock.leak]
  static void eitherObject(MmStruct x, MmStruct y, boolean c) {
    mmap_read_lock(c ? x : y);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// A compound assignment gives a lock's boolean a new value: the lock is no longer held iff it.
class CompoundFlag {
  // :: error: [lock.leak]
  static void andAssign(MmStruct mm, boolean x) {
    boolean locked = mmap_read_trylock(mm);
    locked &= x;
    if (locked) {
      // :: error: [lock.release.not.held]
      mmap_read_unlock(mm);
    }
  }

  // :: error: [lock.leak]
  static void xorAssign(MmStruct mm) {
    boolean locked = mmap_read_trylock(mm);
    locked ^= true; // now true where the lock was not taken
    if (locked) {
      // :: error: [lock.release.not.held]
      mmap_read_unlock(mm);
    }
  }

  // ok: lock.leak, lock.release.not.held (the boolean tested as the trylock stored it)
  static void kept(MmStruct mm) {
    boolean locked = mmap_read_trylock(mm);
    if (locked) {
      mmap_read_unlock(mm);
    }
  }
}

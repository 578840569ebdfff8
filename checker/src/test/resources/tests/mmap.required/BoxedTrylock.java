import org.mmlock.mm.*;
import static org.mmlock.mm.MmapLock.*;

/**
 * A trylock's result kept in a {@code Boolean}: boxing and unboxing keep what it says, as a
 * {@code boolean} does. Before, the boxed result lost its two sides: a false mmap.required under
 * the lock, a false lock.release.not.held at the unlock and a false lock.leak.
 */
class BoxedTrylock {
  static void boxed(MmStruct mm) {
    Boolean ok = mmap_read_trylock(mm);
    if (ok) {
      find_vma(mm, 0);
      mmap_read_unlock(mm);
    }
  }

  static void negated(MmStruct mm) {
    Boolean ok = mmap_read_trylock(mm);
    if (!ok) {
      return;
    }
    find_vma(mm, 0);
    mmap_read_unlock(mm);
  }

  static void wrongSide(MmStruct mm) {
    Boolean ok = mmap_read_trylock(mm);
    if (!ok) {
      // :: error: [mmap.required]
      find_vma(mm, 0);
      return;
    }
    mmap_read_unlock(mm);
  }
}

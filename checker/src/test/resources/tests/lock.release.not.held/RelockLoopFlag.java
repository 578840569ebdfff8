import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;

// A loop that drops and retakes the mmap lock, with a boolean saying whether it is held
// (madvise_collapse, __get_user_pages_locked): on the way in the lock is held and the boolean
// true, on the way back the lock is held iff the boolean: together, held iff the boolean.
class RelockLoopFlag {
  static boolean needDrop(int i) {
    return (i & 1) != 0;
  }

  @MightSleep
  static void relockLoop(MmStruct mm, int n) {
    mmap_read_lock(mm);
    boolean locked = true;
    for (int i = 0; i < n; i++) {
      if (!locked) {
        mmap_read_lock(mm);
        locked = true;
      }
      find_vma(mm, i);
      if (needDrop(i)) {
        mmap_read_unlock(mm);
        locked = false;
      }
    }
    if (locked) {
      mmap_read_unlock(mm);
    }
  }

  @MightSleep
  static void forgetsToRetake(MmStruct mm, int n) {
    mmap_read_lock(mm);
    boolean locked = true;
    for (int i = 0; i < n; i++) {
      // :: error: [mmap.required]
      find_vma(mm, i);
      if (needDrop(i)) {
        // dropped already on a later round: [lock.release.not.held]
        // :: error: [lock.release.not.held]
        mmap_read_unlock(mm);
        locked = false;
      }
    }
    if (locked) {
      mmap_read_unlock(mm);
    }
  }
}

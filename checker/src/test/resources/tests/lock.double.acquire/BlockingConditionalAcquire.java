import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;

// A conditional acquisition that may sleep (a killable lock) blocks on a held lock as a plain
// one does; a trylock (which does not sleep) does not block, but of a lock held for write it
// always fails (TrylockWhileHeld has the rest).
class BlockingConditionalAcquire {
  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean mmapWriteLockKillable(MmStruct mm) {
    mmap_write_lock(mm);
    return false;
  }

  @MightSleep
  static void killableWhileHeld(MmStruct mm) {
    mmap_write_lock(mm);
    // :: error: [lock.double.acquire]
    if (mmapWriteLockKillable(mm)) {
      mmap_write_unlock(mm);
      return;
    }
    mmap_write_unlock(mm);
  }

  @MightSleep
  static void killable(MmStruct mm) {
    if (mmapWriteLockKillable(mm)) {
      return;
    }
    mmap_write_unlock(mm);
  }

  static void trylockWhileHeld(MmStruct mm) {
    mmap_write_lock(mm);
    // :: error: [lock.double.acquire]
    if (!mmap_read_trylock(mm)) {
      mmap_write_unlock(mm);
      return;
    }
    mmap_write_unlock(mm);
  }
}

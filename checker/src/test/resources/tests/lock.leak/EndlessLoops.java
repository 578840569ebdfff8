import org.mmlock.mm.*;
import static org.mmlock.mm.MmapLock.*;

// A loop on a literal true is left by its break or return only: the end of the method after it
// is no exit, and whatever the loop holds there is no leak. (The framework's graph for an empty
// `while (true) {}` is a block that loops to itself, which once kept the fixpoint from ending.)
class EndlessLoops {
  // ok: lock.leak
  static void emptyWhile(MmStruct mm) {
    mmap_read_lock(mm);
    while (true) {
    }
  }

  // ok: lock.leak
  static void emptyDoWhile(MmStruct mm) {
    mmap_read_lock(mm);
    do {
    } while (true);
  }

  // ok: lock.leak
  static void doWhileWithCalls(MmStruct mm) {
    mmap_read_lock(mm);
    do {
      find_vma(mm, 0);
    } while (true);
  }

  // :: error: [lock.leak]
  static void leftByBreak(MmStruct mm, boolean stop) {
    mmap_read_lock(mm);
    do {
      if (stop) {
        break;
      }
    } while (true);
  }

  static void uncheckedInsideTheLoop(MmStruct mm) {
    while (true) {
      // :: error: [mmap.required]
      find_vma(mm, 0);
    }
  }

  // ok: lock.leak
  static void deadBranch(MmStruct mm) {
    mmap_read_lock(mm);
    if (false) {
      return;
    }
    mmap_read_unlock(mm);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// A path that falls off the end of a void method is reported at the method, not at a return;
// it never reached.
class LeakPlaces {
  // :: error: [lock.leak]
  @MightSleep static void elseIfChain(MmStruct mm, int k) {
    mmap_read_lock(mm);
    if (k == 1) {
      mmap_read_unlock(mm);
      return;
    } else if (k == 2) {
      k++;
    } else {
      mmap_read_unlock(mm);
      return;
    }
  }

  // :: error: [lock.leak]
  @MightSleep static void switchBreak(MmStruct mm, int k) {
    mmap_read_lock(mm);
    switch (k) {
      case 1:
        mmap_read_unlock(mm);
        return;
      case 2:
        break;
      default:
        mmap_read_unlock(mm);
        return;
    }
  }
}

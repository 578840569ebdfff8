import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// @AtomicContext on a type: each method it declares runs in atomic context, and so does every
// lambda that implements a functional interface so annotated.
class AtomicTypes {
  @AtomicContext
  static final class Callbacks {
    void visit(MmStruct mm) {
      // :: error: [sleep.in.atomic]
      mmap_read_lock(mm);
      mmap_read_unlock(mm);
    }
  }

  @AtomicContext
  @FunctionalInterface
  interface Visitor {
    void visit(MmStruct mm);
  }

  static Visitor visitor() {
    return mm -> {
      // :: error: [sleep.in.atomic]
      mmap_read_lock(mm);
      mmap_read_unlock(mm);
    };
  }

  // ok: sleep.in.atomic -- outside the annotated types
  static void plain(MmStruct mm) {
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// A lambda keeps the contract of the interface method it implements, even when its body calls
// nothing of the API.
class LambdaContracts {
  interface Locker {
    @MightSleep
    @Acquires(kind = LockKind.MMAP_READ, on = "mm")
    void lock(MmStruct mm);
  }

  static Locker empty() {
    // :: error: [contract.postcondition]
    return mm -> { };
  }

  // :: error: [contract.postcondition]
  static final Locker FIELD = mm -> { long x = 1; };

  // ok: contract.postcondition
  static final Locker REAL = mm -> mmap_read_lock(mm);

  static Runnable jdkInterface() {
    // ok: nothing to keep
    return () -> { };
  }
}

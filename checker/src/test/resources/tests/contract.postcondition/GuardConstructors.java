import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// A constructor that stores a parameter in a final field and locks it through the parameter
// holds the lock its contract names on the field: this.mm = mm makes them one object.
class GuardConstructors {
  static final class Guard implements AutoCloseable {
    final MmStruct mm;

    // ok: contract.postcondition, lock.leak
    @MightSleep
    @Acquires(kind = LockKind.MMAP_READ, on = "this.mm")
    Guard(MmStruct mm) {
      this.mm = mm;
      mmap_read_lock(mm);
    }

    @Releases(kind = LockKind.MMAP_READ, on = "this.mm")
    @Override
    public void close() {
      mmap_read_unlock(mm);
    }
  }

  static final class OtherGuard {
    final MmStruct mm;

    @MightSleep
    @Acquires(kind = LockKind.MMAP_READ, on = "this.mm")
    // :: error: [contract.postcondition] [lock.leak]
    OtherGuard(MmStruct mm, MmStruct other) {
      this.mm = mm;
      mmap_read_lock(other);
    }
  }
}

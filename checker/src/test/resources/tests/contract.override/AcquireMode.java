import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// An override that acquires a lock in another mode than the method it overrides breaks its
// guarantee either way: a caller through the interface releases it in the declared mode.
class AcquireMode {
  interface Locker {
    @MightSleep
    @Acquires(kind = LockKind.MMAP_READ, on = "mm")
    void lock(MmStruct mm);
  }

  static class WriteLocker implements Locker {
    @MightSleep
    @Acquires(kind = LockKind.MMAP_WRITE, on = "mm")
    // :: error: [contract.override]
    public void lock(MmStruct mm) {
      mmap_write_lock(mm);
    }
  }

  // ok: contract.override (the same mode)
  static class ReadLocker implements Locker {
    @MightSleep
    @Acquires(kind = LockKind.MMAP_READ, on = "mm")
    public void lock(MmStruct mm) {
      mmap_read_lock(mm);
    }
  }
}

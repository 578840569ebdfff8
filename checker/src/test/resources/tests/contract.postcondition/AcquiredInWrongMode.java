import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// A lock declared held for read must be held for read: the caller releases it with a read
// unlock (expand_stack's success path must downgrade before it returns).
class AcquiredInWrongMode {
  @MightSleep
  @Acquires(kind = LockKind.MMAP_READ, on = "mm")
  // :: error: [contract.postcondition]
  static void writeLocked(MmStruct mm) {
    mmap_write_lock(mm);
  }

  // ok: contract.postcondition -- downgraded: held for read
  @MightSleep
  @Acquires(kind = LockKind.MMAP_READ, on = "mm")
  static void downgraded(MmStruct mm) {
    mmap_write_lock(mm);
    mmap_write_downgrade(mm);
  }

  @MightSleep
  @Acquires(kind = LockKind.MMAP_READ, on = "mm")
  static void writeOnOnePath(MmStruct mm, boolean grow) {
    mmap_write_lock(mm);
    if (grow) {
      mmap_write_downgrade(mm);
      return;
    }
    // :: error: [contract.postcondition]
    return;
  }

  @MightSleep
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean writeWhenTrue(MmStruct mm) {
    mmap_write_lock(mm);
    // :: error: [contract.postcondition]
    return true;
  }

  // ok: contract.postcondition -- held for write on the false outcome, released
  @MightSleep
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean readWhenTrue(MmStruct mm, boolean c) {
    if (c) {
      mmap_read_lock(mm);
      return true;
    }
    return false;
  }

  @MightSleep
  @RequiresMmapRead("mm")
  // :: error: [contract.postcondition]
  static void relockedForWrite(MmStruct mm) {
    mmap_read_unlock(mm);
    mmap_write_lock(mm);
  }
}

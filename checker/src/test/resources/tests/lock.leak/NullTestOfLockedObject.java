import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;

// A lock reached through a local (g.mm) is not held where that local is null: taking it
// dereferenced the local. So a null test of the local before releasing, written out or made by a
// try-with-resources on an existing variable, releases the lock on every path.
class NullTestOfLockedObject {
  static final class Holder implements AutoCloseable {
    final MmStruct mm;

    Holder(MmStruct mm) {
      this.mm = mm;
    }

    @Releases(kind = LockKind.MMAP_READ, on = "this.mm")
    @Override
    public void close() {
      mmap_read_unlock(mm);
    }
  }

  static final class Box {
    Holder g;
  }

  // ok: lock.leak
  static long tryWithExistingResource(MmStruct mm, long addr) {
    Holder g = new Holder(mm);
    mmap_read_lock(g.mm);
    try (g) {
      VmAreaStruct v = find_vma(g.mm, addr);
      return v == null ? 0 : v.vm_end;
    }
  }

  // ok: lock.leak
  static void closedIfNotNull(Holder g) {
    mmap_read_lock(g.mm);
    if (g != null) {
      g.close();
    }
  }

  // ok: lock.leak
  static void returnsEarlyIfNull(Holder g) {
    mmap_read_lock(g.mm);
    if (g == null) {
      return;
    }
    g.close();
  }

  // The test is of another object: the lock stays held where it is null.
  // :: error: [lock.leak]
  static void otherObjectTested(Holder g, Holder other) {
    mmap_read_lock(g.mm);
    if (other != null) {
      g.close();
    }
  }

  // A field may have changed since the lock was taken: its null test proves nothing.
  // :: error: [lock.leak]
  static void fieldTested(Box b) {
    mmap_read_lock(b.g.mm);
    if (b.g != null) {
      b.g.close();
    }
  }
}

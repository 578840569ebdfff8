import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;

// A guard object: its constructor takes the lock (@Acquires on the constructor applies at
// `new`), its close() releases it.
class GuardObjects {
  static final class ReadGuard implements AutoCloseable {
    final MmStruct mm;

    @Acquires(kind = LockKind.MMAP_READ, on = "this.mm")
    ReadGuard(MmStruct mm) {
      this.mm = mm;
      mmap_read_lock(this.mm);
    }

    @Releases(kind = LockKind.MMAP_READ, on = "this.mm")
    @Override
    public void close() {
      mmap_read_unlock(mm);
    }
  }

  // ok: lock.leak
  static long guarded(MmStruct mm, long addr) {
    ReadGuard g = new ReadGuard(mm);
    VmAreaStruct v = find_vma(g.mm, addr);
    long end = v == null ? 0 : v.vm_end;
    g.close();
    return end;
  }

  static long neverClosed(MmStruct mm, long addr) {
    ReadGuard g = new ReadGuard(mm);
    VmAreaStruct v = find_vma(g.mm, addr);
    // :: error: [lock.leak]
    return v == null ? 0 : v.vm_end;
  }

  static void takenTwice(MmStruct mm) {
    ReadGuard g = new ReadGuard(mm);
    // :: error: [lock.double.acquire]
    mmap_read_lock(g.mm);
    g.close();
  }
}

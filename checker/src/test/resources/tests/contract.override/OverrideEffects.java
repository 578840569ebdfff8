import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// Effects count both ways: releasing needs the lock on entry (requires more), and an effect of
// the overridden method a caller relies on must be kept (guarantees less).
interface Plain {
  void r(MmStruct mm);

  void z(Pte pte);
}

class AddsRelease implements Plain {
  // :: error: [contract.override]
  @Releases(kind = LockKind.MMAP_READ, on = "mm") public void r(MmStruct mm) {
    mmap_read_unlock(mm);
  }

  // :: error: [contract.override]
  public void z(@PteLocked Pte pte) {
  }
}

interface Releasing {
  @Releases(kind = LockKind.MMAP_READ, on = "mm") void r(MmStruct mm);
}

class DropsRelease implements Releasing {
  // :: error: [contract.override]
  public void r(MmStruct mm) {
  }
}

class KeepsRelease implements Releasing {
  // ok: contract.override
  @Releases(kind = LockKind.MMAP_READ, on = "#1") public void r(MmStruct m) {
    mmap_read_unlock(m);
  }
}

interface Trying {
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm") boolean t(MmStruct mm);
}

class DropsAcquiresIf implements Trying {
  // :: error: [contract.override]
  public boolean t(MmStruct mm) {
    return false;
  }
}

interface NeedsMmapLock {
  @RequiresMmapRead("vma.vm_mm") long v(VmAreaStruct vma);
}

class NeedsOnlyStable implements NeedsMmapLock {
  // ok: contract.override -- any lock that makes the VMA stable is less than the mmap lock
  @RequiresVmaStable("vma") public long v(VmAreaStruct vma) {
    return vma.vm_end;
  }
}

interface NeedsStable {
  @RequiresVmaStable("vma") long v(VmAreaStruct vma);
}

class NeedsMmapLockToo implements NeedsStable {
  // :: error: [contract.override]
  @RequiresMmapRead("vma.vm_mm") public long v(VmAreaStruct vma) {
    return vma.vm_end;
  }
}

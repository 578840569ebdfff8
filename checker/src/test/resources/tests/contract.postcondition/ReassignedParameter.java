import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;

// A contract speaks of the value the caller passed: giving the parameter a new value in the body
// does not change what the contract names, nor what a local read from it before names.
class ReassignedParameter {
  @RequiresMmapRead("vma.vm_mm")
  static void keepsTheCallersLock(VmAreaStruct vma, VmAreaStruct w) {
    MmStruct mm = vma.vm_mm;
    vma = w;
    find_vma(mm, 0);
  }

  @RequiresMmapRead("vma.vm_mm")
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static void releasesTheCallersLock(VmAreaStruct vma, VmAreaStruct w) {
    MmStruct mm = vma.vm_mm;
    vma = w;
    mmap_read_unlock(mm);
  }

  // Released through the new value: w's lock is not held (the caller's still is, as required).
  @RequiresMmapRead("vma.vm_mm")
  static void releasesAnotherLock(VmAreaStruct vma, VmAreaStruct w) {
    vma = w;
    // :: error: [lock.release.not.held]
    mmap_read_unlock(vma.vm_mm);
  }

  static void reassignedTwice(VmAreaStruct vma, VmAreaStruct w, VmAreaStruct u) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    vma = w;
    vma = u;
    find_vma(mm, 0);
    mmap_read_unlock(mm);
  }

  // The lock taken on the first value is not forgotten when the parameter changes twice.
  // :: error: [lock.leak]
  static void leakedThroughTwoValues(VmAreaStruct vma, VmAreaStruct w, VmAreaStruct u) {
    mmap_read_lock(vma.vm_mm);
    vma = w;
    vma = u;
  }

  static void reassignedOnOnePath(VmAreaStruct vma, boolean k) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    if (k) {
      vma = find_vma(mm, 0);
    }
    mmap_read_unlock(mm);
  }

  @RequiresMmapRead("vma.vm_mm")
  static void walksOn(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    while (vma != null) {
      vma = find_vma(mm, vma.vm_end);
    }
  }

  // The contract's lock released in a loop that also moves the parameter on.
  @RequiresMmapRead("vma.vm_mm")
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static void walksOnThenReleases(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    while (vma != null && vma.vm_start < 100) {
      vma = find_vma(mm, vma.vm_end);
    }
    mmap_read_unlock(mm);
  }

  // A lambda's parameter, reassigned: its interface's contract still speaks of the value passed.
  static final PteEntry ENTRY = (pte, addr, next, walk) -> {
    pte = null;
    return 0;
  };
}

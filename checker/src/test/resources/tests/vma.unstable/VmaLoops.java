import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// The VMA loop: mm = vma.vm_mm is locked, then vma moves on with find_vma(mm, vma.vm_end). The
// lock taken through mm is one lock on every path, whatever vma names by then.
class VmaLoops {
  // ok: vma.unstable, mmap.required, lock.release.not.held, lock.leak
  static long lockedThroughAnAlias(VmAreaStruct vma) {
    long n = 0;
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    while (vma != null) {
      n += vma.vm_end;
      vma = find_vma(mm, vma.vm_end);
    }
    mmap_read_unlock(mm);
    return n;
  }

  // ok: vma.unstable, mmap.required, contract.postcondition, lock.leak
  @RequiresMmapRead("vma.vm_mm")
  static long lockedByTheCaller(VmAreaStruct vma) {
    long n = 0;
    MmStruct mm = vma.vm_mm;
    while (vma != null) {
      n += vma.vm_end;
      vma = find_vma(mm, vma.vm_end);
    }
    return n;
  }

  // ok: lock.release.not.held, lock.leak
  static void movedOnOneBranch(VmAreaStruct vma, boolean next) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    if (next) {
      vma = find_vma(mm, 0);
    }
    mmap_read_unlock(mm);
  }

  // ok: lock.release.not.held, lock.leak
  static void eitherMm(VmAreaStruct a, VmAreaStruct b, boolean first) {
    MmStruct mm = first ? a.vm_mm : b.vm_mm;
    mmap_read_lock(mm);
    find_vma(mm, 0);
    mmap_read_unlock(mm);
  }

  // The first VMA is any VMA at all: its mm is not the one locked.
  @RequiresMmapRead("mm")
  static long anotherMmsVma(MmStruct mm, VmAreaStruct vma) {
    long n = 0;
    while (vma != null) {
      // :: error: [vma.unstable]
      n += vma.vm_end;
      // :: error: [vma.unstable]
      vma = find_vma(mm, vma.vm_end);
    }
    return n;
  }

  // The lock goes with the old VMA's mm; the new vma's fields are not covered by it.
  static void lockedOldVmaOnly(VmAreaStruct vma, VmAreaStruct other) {
    mmap_read_lock(vma.vm_mm);
    VmAreaStruct first = vma;
    vma = other;
    // :: error: [vma.unstable]
    long end = vma.vm_end;
    mmap_read_unlock(first.vm_mm);
  }

  @RequiresMmapWrite("vma.vm_mm")
  static void needsWrite(VmAreaStruct vma) {
  }

  // A cursor copied from a VMA walks on; the VMA it started from keeps what is known of it
  // (userfaultfd_register's shape).
  static void cursorCopiedFromAVma(MmStruct mm, long start) {
    mmap_write_lock(mm);
    VmAreaStruct vma = find_vma(mm, start);
    if (vma != null) {
      for (VmAreaStruct cur = vma; cur != null; cur = find_vma(mm, cur.vm_end)) {
        long f = cur.vm_flags;
      }
      long f = vma.vm_flags;
      needsWrite(vma);
    }
    mmap_write_unlock(mm);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// @Aliases(path, to) says the two paths name one object after the call, whichever is written
// first: a parameter's path aliased to the result (or to a field of the object a constructor
// makes) keeps the caller's locks where they were.
class AliasesEitherWay {
  @Aliases(path = "mm", to = "result")
  static MmStruct same(MmStruct mm) {
    return mm;
  }

  @RequiresMmapRead("mm")
  @MayReturnNull
  @Aliases(path = "mm", to = "result.vm_mm")
  static VmAreaStruct lookup(MmStruct mm, long addr) {
    return find_vma(mm, addr);
  }

  static final class Holder {
    final MmStruct owner;

    @Aliases(path = "mm", to = "this.owner")
    Holder(MmStruct mm) {
      this.owner = mm;
    }
  }

  // ok: lock.release.not.held, lock.leak
  @MightSleep
  static void unlockThroughParameter(MmStruct mm) {
    mmap_read_lock(mm);
    MmStruct z = same(mm);
    find_vma(z, 0);
    mmap_read_unlock(mm);
  }

  // ok: lock.release.not.held, lock.leak
  @MightSleep
  static void unlockThroughResult(MmStruct mm) {
    mmap_read_lock(mm);
    MmStruct z = same(mm);
    mmap_read_unlock(z);
  }

  // ok: lock.release.not.held, lock.leak
  @MightSleep
  static void resultField(MmStruct mm) {
    mmap_read_lock(mm);
    VmAreaStruct vma = lookup(mm, 0);
    if (vma != null) {
      find_vma(vma.vm_mm, vma.vm_end);
    }
    mmap_read_unlock(mm);
  }

  // ok: lock.release.not.held, lock.leak
  @MightSleep
  static void constructedField(MmStruct mm) {
    mmap_read_lock(mm);
    Holder h = new Holder(mm);
    mmap_read_unlock(h.owner);
  }

  @MightSleep
  static void releasedTwice(MmStruct mm) {
    mmap_read_lock(mm);
    MmStruct z = same(mm);
    mmap_read_unlock(z);
    // :: error: [lock.release.not.held]
    mmap_read_unlock(mm);
  }
}

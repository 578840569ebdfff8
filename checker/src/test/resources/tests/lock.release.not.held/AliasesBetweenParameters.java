import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// @Aliases between two of the caller's paths: a bare parameter is the caller's own local, which
// no callee can change, so it is the path with fields that is made to name the other, whichever
// way round the annotation is written. A lock the caller took through that path was taken on the
// object it named before the call.
class AliasesBetweenParameters {
  @NotChecked(why = "test stub: the body would set vma.vm_mm = mm")
  @Aliases(path = "mm", to = "vma.vm_mm")
  static void adopt(MmStruct mm, VmAreaStruct vma) {}

  @NotChecked(why = "test stub: the body would set vma.vm_mm = mm")
  @Aliases(path = "vma.vm_mm", to = "mm")
  static void adopt2(MmStruct mm, VmAreaStruct vma) {}

  // ok: lock.release.not.held (mm still names the caller's mm)
  @MightSleep
  static void parameterFirst(MmStruct mm, VmAreaStruct vma) {
    mmap_read_lock(mm);
    adopt(mm, vma);
    mmap_read_unlock(mm);
  }

  // ok: lock.release.not.held (the same, the other way round)
  @MightSleep
  static void parameterSecond(MmStruct mm, VmAreaStruct vma) {
    mmap_read_lock(mm);
    adopt2(mm, vma);
    find_vma(vma.vm_mm, 0);
    mmap_read_unlock(vma.vm_mm);
  }

  @MightSleep
  // :: error: [lock.leak]
  static void lockedThroughTheField(MmStruct mm, VmAreaStruct vma) {
    mmap_read_lock(vma.vm_mm);
    adopt(mm, vma);
    // :: error: [lock.release.not.held]
    mmap_read_unlock(vma.vm_mm);
  }
}

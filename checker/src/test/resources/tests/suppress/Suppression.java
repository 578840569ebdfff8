import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

/** @SuppressWarnings("mmlock:KEY") silences exactly that key where it is written. */
class Suppression {
  @SuppressWarnings("mmlock:mmap.required") // the caller holds the lock; proven outside the checked code
  static VmAreaStruct byKey(MmStruct mm) {
    return find_vma(mm, 0);
  }

  @SuppressWarnings("mmlock") // every mmlock key
  static VmAreaStruct byPrefix(MmStruct mm) {
    return find_vma(mm, 0);
  }

  @SuppressWarnings("mmlock:lock.leak") // another key: mmap.required is still reported
  static VmAreaStruct otherKey(MmStruct mm) {
    // :: error: [mmap.required]
    return find_vma(mm, 0);
  }

  static VmAreaStruct onALocal(MmStruct mm) {
    @SuppressWarnings("mmlock:mmap.required")
    VmAreaStruct v = find_vma(mm, 0);
    return v;
  }

  @SuppressWarnings("mmlock:mmap.required")
  static class WholeClass {
    static VmAreaStruct a(MmStruct mm) {
      return find_vma(mm, 0);
    }
  }
}

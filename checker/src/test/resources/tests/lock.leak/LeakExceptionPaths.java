import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;

/**
 * Exceptional paths: a path that ends in a throw is not checked at the method's exit (a
 * documented limitation), whether or not the body has a try; a catch block is checked.
 */
class LeakExceptionPaths {
  static void throwEndsPath(MmStruct mm, boolean bad) {
    if (bad) {
      mmap_read_lock(mm);
      throw new IllegalStateException("bad");
    }
  }

  static long throwAfterCalls(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = vma_lookup(mm, addr);
    if (vma == null) {
      throw new IllegalArgumentException("no vma");
    }
    long end = vma.vm_end;
    mmap_read_unlock(mm);
    return end;
  }

  static void mayThrow(long addr) {
    if (addr < 0) {
      throw new IllegalArgumentException();
    }
  }

  static void catchReleases(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    try {
      mayThrow(addr);
    } catch (RuntimeException e) {
      mmap_read_unlock(mm);
      return;
    }
    mmap_read_unlock(mm);
  }

  static void catchForgets(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    try {
      mayThrow(addr);
    } catch (RuntimeException e) {
      // :: error: [lock.leak]
      return;
    }
    mmap_read_unlock(mm);
  }
}

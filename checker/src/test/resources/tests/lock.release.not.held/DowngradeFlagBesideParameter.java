import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;

// do_mremap's shrink path: a downgrade asked for by a parameter and recorded in a local, with
// early exits on which neither says anything new; the unlock tests the local. VMA write locks
// end with the mmap write lock, in whichever mode it is released.
class DowngradeFlagBesideParameter {
  @MightSleep
  static long shrink(MmStruct mm, long addr, long oldLen, long newLen, boolean canDowngrade) {
    boolean downgraded = false;
    long ret = 0;
    mmap_write_lock(mm);
    out: {
      VmAreaStruct vma = vma_lookup(mm, addr);
      if (vma == null) {
        ret = -14;
        break out;
      }
      if (oldLen >= newLen) {
        vma_start_write(vma);
        if (canDowngrade) {
          mmap_write_downgrade(mm);
          downgraded = true;
        }
        ret = addr;
        break out;
      }
      vma_start_write(vma);
      ret = addr;
    }
    if (downgraded) {
      mmap_read_unlock(mm);
    } else {
      mmap_write_unlock(mm);
    }
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
    return ret;
  }
}

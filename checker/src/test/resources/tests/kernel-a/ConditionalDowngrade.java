import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;

// A downgrade on some paths, recorded in a boolean (do_vmi_align_munmap's shape): the lock is
// held for write where the boolean says it was not downgraded, for read elsewhere.
class ConditionalDowngrade {
  static void unlockInTheModeHeld(MmStruct mm, boolean unlock) {
    mmap_write_lock(mm);
    boolean downgraded = false;
    if (unlock) {
      mmap_write_downgrade(mm);
      downgraded = true;
    }
    find_vma(mm, 0);
    if (downgraded) {
      mmap_read_unlock(mm);
    } else {
      mmap_write_unlock(mm);
    }
  }

  static void unlockInTheOtherMode(MmStruct mm, boolean unlock) {
    mmap_write_lock(mm);
    boolean downgraded = false;
    if (unlock) {
      mmap_write_downgrade(mm);
      downgraded = true;
    }
    if (downgraded) {
      // :: error: [lock.release.not.held]
      mmap_write_unlock(mm);
    } else {
      // :: error: [lock.release.not.held]
      mmap_read_unlock(mm);
    }
  }

  static void writeWhereNotDowngraded(MmStruct mm, boolean unlock) {
    mmap_write_lock(mm);
    boolean downgraded = false;
    if (unlock) {
      mmap_write_downgrade(mm);
      downgraded = true;
    }
    if (!downgraded) {
      VmAreaStruct vma = find_vma(mm, 0);
      if (vma != null) {
        vma_start_write(vma);
      }
    } else {
      VmAreaStruct vma = find_vma(mm, 0);
      if (vma != null) {
        // :: error: [mmap.write.required]
        vma_start_write(vma);
      }
    }
    if (downgraded) {
      mmap_read_unlock(mm);
    } else {
      mmap_write_unlock(mm);
    }
  }

  // Released without a test: on the paths where it was not downgraded it is held for write.
  static void releasedUntested(MmStruct mm, boolean unlock) {
    mmap_write_lock(mm);
    boolean downgraded = false;
    if (unlock) {
      mmap_write_downgrade(mm);
      downgraded = true;
    }
    // :: error: [lock.release.not.held]
    mmap_read_unlock(mm);
  }
}

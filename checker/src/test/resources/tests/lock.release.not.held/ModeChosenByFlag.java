import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;

// The mode of the mmap lock chosen by a flag, as do_madvise() did: where the paths meet, the
// lock is held for read, and for write where the flag is true; a test of the flag settles it.
class ModeChosenByFlag {
  @RequiresMmapWrite("mm")
  static void change(MmStruct mm, long addr) {
    find_vma(mm, addr);
  }

  // ok: lock.release.not.held
  static void lockedAsAsked(MmStruct mm, long addr, boolean write) {
    if (write) {
      mmap_write_lock(mm);
    } else {
      mmap_read_lock(mm);
    }
    find_vma(mm, addr);
    if (write) {
      change(mm, addr);
    }
    if (write) {
      mmap_write_unlock(mm);
    } else {
      mmap_read_unlock(mm);
    }
  }

  // ok: lock.release.not.held
  static void negatedFlag(MmStruct mm, long addr, boolean readOnly) {
    if (!readOnly) {
      mmap_write_lock(mm);
    } else {
      mmap_read_lock(mm);
    }
    if (readOnly) {
      mmap_read_unlock(mm);
    } else {
      mmap_write_unlock(mm);
    }
  }

  // Between the tests the lock is held for read only.
  static void writeWithoutTest(MmStruct mm, long addr, boolean write) {
    if (write) {
      mmap_write_lock(mm);
    } else {
      mmap_read_lock(mm);
    }
    // :: error: [mmap.write.required]
    change(mm, addr);
    if (write) {
      mmap_write_unlock(mm);
    } else {
      mmap_read_unlock(mm);
    }
  }

  // The write unlock is under the other value of the flag.
  static void swapped(MmStruct mm, boolean write) {
    if (write) {
      mmap_write_lock(mm);
    } else {
      mmap_read_lock(mm);
    }
    if (write) {
      // :: error: [lock.release.not.held]
      mmap_read_unlock(mm);
    } else {
      // :: error: [lock.release.not.held]
      mmap_write_unlock(mm);
    }
  }

  // The flag is given a new value in between: the second test says nothing of the mode.
  static void flagOverwritten(MmStruct mm, boolean write, boolean other) {
    if (write) {
      mmap_write_lock(mm);
    } else {
      mmap_read_lock(mm);
    }
    write = other;
    if (write) {
      // :: error: [lock.release.not.held]
      mmap_write_unlock(mm);
    } else {
      // :: error: [lock.release.not.held]
      mmap_read_unlock(mm);
    }
  }
}

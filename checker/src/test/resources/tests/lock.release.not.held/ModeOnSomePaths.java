import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// The mmap lock taken for write on some paths and for read on others, with nothing recording
// which: it meets read requirements only, and releasing it in either mode is wrong on one of
// the paths. A boolean recording the mode makes the same code fine.
class ModeOnSomePaths {
  @RequiresMmapRead("mm")
  static void needsRead(MmStruct mm) {}

  @RequiresMmapWrite("mm")
  static void needsWrite(MmStruct mm) {}

  static void bySwitch(MmStruct mm, int op) {
    switch (op) {
      case 0:
        mmap_write_lock(mm);
        break;
      default:
        mmap_read_lock(mm);
    }
    needsRead(mm);
    // :: error: [mmap.write.required]
    needsWrite(mm);
    // :: error: [lock.release.not.held]
    mmap_read_unlock(mm);
  }

  static void byInt(MmStruct mm, int op) {
    if (op == 0) {
      mmap_write_lock(mm);
    } else {
      mmap_read_lock(mm);
    }
    // :: error: [lock.release.not.held]
    mmap_write_unlock(mm);
  }

  static void downgradedOnOnePath(MmStruct mm, int op) {
    mmap_write_lock(mm);
    if (op == 1) {
      mmap_write_downgrade(mm);
    }
    // :: error: [lock.release.not.held]
    mmap_read_unlock(mm);
  }

  static void downgradeOfEither(MmStruct mm, int op) {
    switch (op) {
      case 0:
        mmap_write_lock(mm);
        break;
      default:
        mmap_read_lock(mm);
    }
    // :: error: [lock.release.not.held]
    mmap_write_downgrade(mm);
    mmap_read_unlock(mm);
  }

  static void recorded(MmStruct mm, int op) {
    boolean write = op == 0;
    if (write) {
      mmap_write_lock(mm);
    } else {
      mmap_read_lock(mm);
    }
    needsRead(mm);
    if (write) {
      mmap_write_unlock(mm);
    } else {
      mmap_read_unlock(mm);
    }
  }
}

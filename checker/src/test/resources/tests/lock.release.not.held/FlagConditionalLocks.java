import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pgtable.*;

// A lock taken under a boolean local's test and released under the same test is held iff the
// local: between the two tests it is conditional, and the second test settles it.
class FlagConditionalLocks {
  // ok: lock.release.not.held
  static void takeIfAsked(MmStruct mm, long addr, boolean lock) {
    if (lock) {
      mmap_read_lock(mm);
    }
    long n = addr + 1;
    if (lock) {
      mmap_read_unlock(mm);
    }
  }

  // The fallback of a per-VMA lock: the mmap lock is taken only when the VMA lock was not.
  // ok: lock.release.not.held
  static long fallback(MmStruct mm, long addr) {
    boolean mmapLocked = false;
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      mmap_read_lock(mm);
      mmapLocked = true;
      vma = vma_lookup(mm, addr);
      if (vma == null) {
        mmap_read_unlock(mm);
        return -1;
      }
    }
    long end;
    if (mmapLocked) {
      end = vma.vm_end;
      mmap_read_unlock(mm);
    } else {
      end = vma.vm_end;
      vma_end_read(vma);
    }
    return end;
  }

  // ok: lock.release.not.held
  static void negated(MmStruct mm, boolean alreadyLocked) {
    if (!alreadyLocked) {
      mmap_read_lock(mm);
    }
    long n = 1;
    if (!alreadyLocked) {
      mmap_read_unlock(mm);
    }
  }

  // A test of a boolean whose value is known leaves the other side to no execution: after
  // 'locked = true' on the only path where it was false, the lock is held, and so released.
  // ok: lock.release.not.held
  static int trylockThenLock(MmStruct mm, long addr) {
    boolean locked = mmap_read_trylock(mm);
    if (!locked) {
      mmap_read_lock(mm);
      locked = true;
    }
    find_vma(mm, addr);
    if (locked) {
      mmap_read_unlock(mm);
    }
    return 0;
  }

  // The lock dropped now and then inside a loop, a flag saying whether it is held (khugepaged).
  // ok: lock.release.not.held
  static int dropInLoop(MmStruct mm, long start, long end) {
    boolean mmapLocked = false;
    int n = 0;
    for (long a = start; a < end; a += 4096) {
      if (!mmapLocked) {
        mmap_read_lock(mm);
        mmapLocked = true;
      }
      VmAreaStruct vma = find_vma(mm, a);
      if (vma == null) {
        break;
      }
      n++;
      if ((n & 63) == 0) {
        mmap_read_unlock(mm);
        mmapLocked = false;
      }
    }
    if (mmapLocked) {
      mmap_read_unlock(mm);
    }
    return n;
  }

  // Between the two tests the lock is held on one value only: a requirement is not met.
  static void usedUnconditionally(MmStruct mm, boolean lock) {
    if (lock) {
      mmap_read_lock(mm);
    }
    // :: error: [mmap.required]
    find_vma(mm, 0);
    if (lock) {
      mmap_read_unlock(mm);
    }
  }

  // The flag changed in between: the second test is of another value.
  // :: error: [lock.leak]
  static void flagOverwritten(MmStruct mm, boolean lock, boolean other) {
    if (lock) {
      mmap_read_lock(mm);
    }
    lock = other;
    if (lock) {
      // :: error: [lock.release.not.held]
      mmap_read_unlock(mm);
    }
  }

  // Released under the other value of the flag.
  // :: error: [lock.leak]
  static void releasedOnTheWrongSide(MmStruct mm, boolean lock) {
    if (lock) {
      mmap_read_lock(mm);
    }
    if (!lock) {
      // :: error: [lock.release.not.held]
      mmap_read_unlock(mm);
    }
  }

  // Never released where the flag is true.
  // :: error: [lock.leak]
  static void leaksWhenTrue(MmStruct mm, boolean lock) {
    if (lock) {
      mmap_read_lock(mm);
    }
  }
}

package org.mmlock.examples.buggy;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.MightSleep;

/**
 * Buggy twin of {@code org.mmlock.examples.LockMmAndFindVma} ({@code get_mmap_lock_carefully()} /
 * {@code lock_mm_and_find_vma()}, mm/memory.c).
 *
 * <p>Wrong: when {@code mmap_read_trylock()} fails for a kernel-mode fault, this version bails out
 * through the common {@code fail:} path, which calls {@code mmap_read_unlock()} on a lock it never
 * took (the real code returns {@code false} / NULL directly). Releasing an rwsem that is not held
 * corrupts its count. Notes rule LOCK-BALANCE.
 *
 * <p>Expected: {@code lock.release.not.held} on the first {@code mmap_read_unlock}.
 */
public final class LockMmAndFindVmaBuggy {
  private LockMmAndFindVmaBuggy() {}

  static final long EFAULT = -14;

  @MightSleep
  public static long lock_mm_and_find_vma(MmStruct mm, long addr, boolean user_mode) {
    boolean locked = mmap_read_trylock(mm);
    if (!locked) {
      if (!user_mode) {
        // :: error: [lock.release.not.held]
        mmap_read_unlock(mm); /* goto fail */
        return EFAULT;
      }
      mmap_read_lock(mm);
    }

    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null || vma.vm_start > addr) {
      mmap_read_unlock(mm);
      return EFAULT;
    }
    long flags = vma.vm_flags;
    mmap_read_unlock(mm);
    return flags;
  }
}

package org.mmlock.examples;

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
 * {@code get_mmap_lock_carefully()} and {@code lock_mm_and_find_vma()} from mm/memory.c (v6.5+),
 * inlined into one function that returns the flags of the VMA instead of returning it locked.
 *
 * <p>The fault path first tries {@code mmap_read_trylock()}; if that fails in kernel mode with no
 * exception-table fixup it gives up without the lock, otherwise it falls back to a sleeping
 * {@code mmap_read_lock}. Then {@code find_vma} (which needs the mmap lock and may return NULL)
 * and the {@code vma->vm_start <= addr} check; the {@code fail:} path releases the lock. The
 * trylock result is kept in a local, so the lock is held exactly when it is true.
 *
 * <p>Demonstrates: {@code mmap_read_trylock} with fallback, {@code mmap.required},
 * {@code null.unchecked}, {@code lock.release.not.held} and {@code lock.leak} done right.
 */
public final class LockMmAndFindVma {
  private LockMmAndFindVma() {}

  static final long EFAULT = -14;

  /**
   * Returns the {@code vm_flags} of the VMA containing {@code addr}, or {@code -EFAULT}.
   *
   * @param mm the faulting mm
   * @param addr the faulting address
   * @param user_mode whether the fault came from user mode ({@code user_mode(regs)})
   * @return the flags, or {@code -EFAULT}
   */
  @MightSleep
  public static long lock_mm_and_find_vma(MmStruct mm, long addr, boolean user_mode) {
    /* get_mmap_lock_carefully(): */
    boolean locked = mmap_read_trylock(mm);
    if (!locked) {
      if (!user_mode) { /* && !search_exception_tables(ip) */
        return EFAULT;
      }
      mmap_read_lock(mm); /* mmap_read_lock_killable() */
    }

    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null || vma.vm_start > addr) { /* expand_stack() not modelled */
      mmap_read_unlock(mm); /* fail: */
      return EFAULT;
    }
    long flags = vma.vm_flags;
    mmap_read_unlock(mm);
    return flags;
  }
}

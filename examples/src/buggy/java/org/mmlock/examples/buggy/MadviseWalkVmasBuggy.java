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
import org.mmlock.qual.RequiresVmaStable;

/**
 * Buggy twin of {@code org.mmlock.examples.MadviseWalkVmas} ({@code do_madvise()} /
 * {@code madvise_walk_vmas()}, mm/madvise.c).
 *
 * <p>Wrong: when {@code find_vma()} finds no VMA (a hole at the end of the range), the function
 * returns {@code -ENOMEM} straight from the walk, skipping {@code madvise_unlock()}: the mmap read
 * lock is leaked and every later {@code mmap_write_lock} of this mm (munmap, mmap, exit) hangs.
 * Notes rule LOCK-BALANCE.
 *
 * <p>Expected: {@code lock.leak} on the {@code return ENOMEM}.
 */
public final class MadviseWalkVmasBuggy {
  private MadviseWalkVmasBuggy() {}

  static final int ENOMEM = -12;

  @MightSleep
  public static int do_madvise_dontneed(MmStruct mm, long start, long end) {
    int unmapped_error = 0;
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, start);
    for (;;) {
      if (vma == null) {
        // :: error: [lock.leak]
        return ENOMEM;
      }
      if (start < vma.vm_start) {
        unmapped_error = ENOMEM;
        start = vma.vm_start;
        if (start >= end) {
          break;
        }
      }
      long tmp = vma.vm_end;
      if (end < tmp) {
        tmp = end;
      }
      madvise_dontneed_single_vma(vma, start, tmp);
      start = tmp;
      if (start >= end) {
        break;
      }
      vma = find_vma(mm, start);
    }
    mmap_read_unlock(mm);
    return unmapped_error;
  }

  @RequiresVmaStable("vma")
  static void madvise_dontneed_single_vma(VmAreaStruct vma, long start, long end) {
    zap_page_range_single(vma, start, end - start);
  }
}

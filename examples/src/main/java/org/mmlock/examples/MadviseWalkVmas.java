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
import org.mmlock.qual.RequiresVmaStable;

/**
 * {@code do_madvise()} with {@code madvise_walk_vmas()} from mm/madvise.c, for
 * {@code MADV_DONTNEED} ({@code madvise_dontneed_single_vma}).
 *
 * <p>The range is walked VMA by VMA with {@code find_vma}, under the mmap read lock taken by
 * {@code madvise_lock()}; each {@code find_vma} result is checked for NULL ({@code -ENOMEM}: an
 * unmapped hole at the end), VMA bounds are read under the lock, and every exit path drops the lock
 * ({@code madvise_unlock()}).
 *
 * <p>Demonstrates: a {@code find_vma} loop ({@code mmap.required}, {@code null.unchecked},
 * {@code lock.leak} done right); a helper declaring {@code @RequiresVmaStable} checked at its call.
 */
public final class MadviseWalkVmas {
  private MadviseWalkVmas() {}

  static final int ENOMEM = -12;

  /**
   * {@code madvise(start, end - start, MADV_DONTNEED)}.
   *
   * @param mm the mm of the calling process
   * @param start start address
   * @param end end address
   * @return 0 or {@code -ENOMEM}
   */
  @MightSleep
  public static int do_madvise_dontneed(MmStruct mm, long start, long end) {
    int unmapped_error = 0;
    mmap_read_lock(mm); /* madvise_lock() */
    VmAreaStruct vma = find_vma(mm, start);
    for (;;) {
      /* Still start < end. */
      if (vma == null) {
        mmap_read_unlock(mm);
        return ENOMEM;
      }
      /* Here start < (end|vma->vm_end). */
      if (start < vma.vm_start) {
        unmapped_error = ENOMEM;
        start = vma.vm_start;
        if (start >= end) {
          break;
        }
      }
      /* Here vma->vm_start <= start < (end|vma->vm_end) */
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
    mmap_read_unlock(mm); /* madvise_unlock() */
    return unmapped_error;
  }

  /**
   * {@code madvise_dontneed_single_vma()}: zaps the range of one VMA.
   *
   * @param vma the VMA
   * @param start start address
   * @param end end address
   */
  @RequiresVmaStable("vma")
  static void madvise_dontneed_single_vma(VmAreaStruct vma, long start, long end) {
    zap_page_range_single(vma, start, end - start);
  }
}

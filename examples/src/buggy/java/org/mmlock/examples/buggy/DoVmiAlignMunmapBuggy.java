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
 * Buggy twin of {@code org.mmlock.examples.DoVmiAlignMunmap} ({@code do_vmi_align_munmap()},
 * mm/vma.c).
 *
 * <p>Wrong: after {@code mmap_write_downgrade()} the code still relies on the write lock (here the
 * lockdep assertion {@code mmap_assert_write_locked} that a write-lock-only helper would make). A
 * downgraded lock excludes writers but not readers: process_addrs.rst "mmap write lock
 * downgrading" and the notes' rule MMAP-DOWNGRADE. This is the confusion behind seed 002 /
 * 8782fb61cc84: munmap tears down page tables after the downgrade, so anything needing exclusion
 * must happen before it.
 *
 * <p>Expected: {@code mmap.write.required} on {@code mmap_assert_write_locked}.
 */
public final class DoVmiAlignMunmapBuggy {
  private DoVmiAlignMunmapBuggy() {}

  @MightSleep
  public static int do_vmi_align_munmap(MmStruct mm, long start, long end) {
    mmap_write_lock(mm);
    VmAreaStruct vma = find_vma(mm, start);
    if (vma == null || vma.vm_start >= end) {
      mmap_write_unlock(mm);
      return 0;
    }
    vma_start_write(vma);
    mmap_write_downgrade(mm);
    long zstart = Math.max(start, vma.vm_start);
    long zend = Math.min(end, vma.vm_end);
    zap_page_range_single(vma, zstart, zend - zstart);
    // :: error: [mmap.write.required]
    mmap_assert_write_locked(mm);
    mmap_read_unlock(mm);
    return 0;
  }
}

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
 * Buggy twin of {@code org.mmlock.examples.VmsClearPtes} ({@code vms_clear_ptes()}, mm/vma.c).
 *
 * <p>Wrong: page tables are freed with the mmap write lock and the VMA write lock but without the
 * rmap write lock. The VMA is still linked in {@code mapping->i_mmap}, and truncation
 * ({@code unmap_mapping_range}) or reclaim can walk its page tables holding only
 * {@code i_mmap_rwsem}, so they would walk freed tables. process_addrs.rst "Page table freeing";
 * notes rule PT-FREE ("NOT sufficient: mmap write lock + VMA write lock alone").
 *
 * <p>Expected: {@code pt.free.locks} on {@code free_pgtables}.
 */
public final class VmsClearPtesBuggy {
  private VmsClearPtesBuggy() {}

  static final int EINVAL = -22;

  @MightSleep
  public static int vms_clear_ptes(MmStruct mm, long start) {
    mmap_write_lock(mm);
    VmAreaStruct vma = vma_lookup(mm, start);
    if (vma == null) {
      mmap_write_unlock(mm);
      return EINVAL;
    }
    vma_start_write(vma);
    zap_page_range_single(vma, vma.vm_start, vma.vm_end - vma.vm_start);
    // :: error: [pt.free.locks]
    free_pgtables(mm, vma);
    mmap_write_unlock(mm);
    return 0;
  }
}

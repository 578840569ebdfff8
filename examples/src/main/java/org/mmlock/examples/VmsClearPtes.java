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
 * {@code vms_clear_ptes()} from mm/vma.c on the path that keeps the mmap write lock
 * ({@code mm_wr_locked}, e.g. {@code mmap_region()} replacing a {@code MAP_FIXED} range), reduced
 * to one VMA.
 *
 * <p>The VMA is write-locked, its range is zapped ({@code unmap_vmas}), and then its page tables are
 * freed ({@code free_pgtables}). Freeing needs the mmap write lock, the VMA write lock and the rmap
 * write lock: the VMA is still reachable through {@code mapping->i_mmap} or its {@code anon_vma}
 * until {@code free_pgtables} unlinks it, and rmap walkers (truncation, reclaim) only take those
 * locks (Documentation/mm/process_addrs.rst "Page table freeing"; rule PT-FREE of the notes). In the
 * kernel {@code free_pgtables} takes {@code i_mmap_lock_write} itself via
 * {@code unlink_file_vma_batch}; in the model the caller holds it.
 *
 * <p>Demonstrates: {@code pt.free.locks}, {@code mmap.write.required} done right; lock order
 * mmap → VMA write → {@code i_mmap_rwsem} → {@code anon_vma}.
 */
public final class VmsClearPtes {
  private VmsClearPtes() {}

  static final int EINVAL = -22;

  /**
   * Zaps and frees the page tables of the VMA containing {@code start}.
   *
   * @param mm the mm
   * @param start an address in the VMA
   * @return 0 or {@code -EINVAL}
   */
  @MightSleep
  public static int vms_clear_ptes(MmStruct mm, long start) {
    mmap_write_lock(mm);
    VmAreaStruct vma = vma_lookup(mm, start);
    if (vma == null) {
      mmap_write_unlock(mm);
      return EINVAL;
    }
    vma_start_write(vma);
    zap_page_range_single(vma, vma.vm_start, vma.vm_end - vma.vm_start); /* unmap_vmas() */

    if (vma.vm_file != null) {
      AddressSpace mapping = vma.vm_file.f_mapping;
      i_mmap_lock_write(mapping);
      free_pgtables(mm, vma);
      i_mmap_unlock_write(mapping);
    } else if (vma.anon_vma != null) {
      anon_vma_lock_write(vma.anon_vma);
      free_pgtables(mm, vma);
      anon_vma_unlock_write(vma.anon_vma);
    }
    mmap_write_unlock(mm);
    return 0;
  }
}

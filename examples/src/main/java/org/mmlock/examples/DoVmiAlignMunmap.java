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
 * {@code do_vmi_align_munmap()} with {@code vms_complete_munmap_vmas()} from mm/vma.c (formerly
 * mm/mmap.c), reduced to one VMA: the munmap sequence of seed 002.
 *
 * <p>munmap takes the mmap write lock, write-locks each VMA it removes
 * ({@code vms_gather_munmap_vmas}: {@code vma_start_write}), detaches them, then — when the caller
 * asked for it ({@code vms->unlock}) — downgrades to a read lock with {@code mmap_write_downgrade}
 * (which drops every VMA write lock) and zaps the range under the read lock before
 * {@code mmap_read_unlock}. This downgrade is why a no-VMA walk needs the <em>write</em> lock
 * (8782fb61cc84). The model's {@code free_pgtables} needs the write lock, so page-table freeing is
 * shown separately in {@link VmsClearPtes}.
 *
 * <p>Demonstrates: {@code mmap_write_lock} + {@code vma_start_write} + {@code mmap_write_downgrade}
 * + {@code mmap_read_unlock} ({@code mmap.write.required}, {@code lock.release.not.held} done
 * right); a downgraded lock still keeps the VMA stable for {@code zap_page_range_single}.
 */
public final class DoVmiAlignMunmap {
  private DoVmiAlignMunmap() {}

  /**
   * Unmaps {@code [start, end)} of {@code mm}.
   *
   * @param mm the mm
   * @param start start address
   * @param end end address
   * @return 0
   */
  @MightSleep
  public static int do_vmi_align_munmap(MmStruct mm, long start, long end) {
    mmap_write_lock(mm);
    VmAreaStruct vma = find_vma(mm, start);
    if (vma == null || vma.vm_start >= end) {
      mmap_write_unlock(mm);
      return 0;
    }

    /* vms_gather_munmap_vmas(): */
    vma_start_write(vma);
    /* ... vma_iter_clear_gfp(): the VMA is detached from the maple tree ... */

    /* vms_complete_munmap_vmas(): */
    mmap_write_downgrade(mm);
    long zstart = Math.max(start, vma.vm_start);
    long zend = Math.min(end, vma.vm_end);
    zap_page_range_single(vma, zstart, zend - zstart); /* vms_clear_ptes() -> unmap_vmas() */
    mmap_read_unlock(mm);
    return 0;
  }
}

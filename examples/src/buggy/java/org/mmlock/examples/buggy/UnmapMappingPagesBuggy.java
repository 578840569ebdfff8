package org.mmlock.examples.buggy;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

/**
 * Buggy twin of {@code org.mmlock.examples.UnmapMappingPages} ({@code unmap_mapping_pages()},
 * mm/memory.c).
 *
 * <p>Wrong: the zap range is computed under {@code i_mmap_rwsem}, but the lock is dropped before
 * {@code zap_page_range_single()}. Truncation holds no mmap or VMA lock of the mapping process, so
 * after the unlock nothing keeps the VMA stable: it may be unmapped and its page tables freed while
 * the zap walks them. process_addrs.rst "Page tables": zapping needs one of the mmap, VMA or rmap
 * locks (notes rule PT-ZAP).
 *
 * <p>Expected: {@code vma.unstable} on {@code zap_page_range_single}.
 */
public final class UnmapMappingPagesBuggy {
  private UnmapMappingPagesBuggy() {}

  public static void unmap_mapping_pages(VmAreaStruct vma, long first_index, long nr) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    long last_index = first_index + nr - 1;

    i_mmap_lock_read(mapping);
    long vea = (vma.vm_end - vma.vm_start) / PAGE_SIZE - 1;
    long zba = Math.max(first_index, 0);
    long zea = Math.min(last_index, vea);
    long start = zba * PAGE_SIZE + vma.vm_start;
    long end = (zea + 1) * PAGE_SIZE + vma.vm_start;
    i_mmap_unlock_read(mapping);

    if (zba <= zea) {
      // :: error: [vma.unstable]
      zap_page_range_single(vma, start, end - start);
    }
  }
}

package org.mmlock.examples;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.RequiresIMmap;

/**
 * {@code unmap_mapping_pages()} and {@code unmap_mapping_range_tree()} from mm/memory.c (the
 * engine of {@code unmap_mapping_range()}, used by truncation), reduced to one VMA of the
 * mapping's interval tree.
 *
 * <p>Truncation holds neither the mmap lock nor a VMA lock of the processes mapping the file. It
 * takes {@code i_mmap_lock_read(mapping)}, walks {@code mapping->i_mmap}, and zaps each VMA's
 * range with {@code zap_page_range_single()}: the rmap lock is what keeps each such VMA stable
 * (Documentation/mm/process_addrs.rst, "zapping can be performed while simply keeping the VMA
 * stable, that is holding any one of the mmap, VMA or rmap locks"). The model has no
 * {@code vm_pgoff}; the VMA maps the file from offset 0.
 *
 * <p>Demonstrates: an rmap lock written as {@code vma.vm_file.f_mapping} stabilises the VMA for
 * field reads and {@code zap_page_range_single} ({@code vma.unstable} done right); a helper
 * declaring {@code @RequiresIMmap} is checked at its caller ({@code rmap.lock.required}).
 */
public final class UnmapMappingPages {
  private UnmapMappingPages() {}

  /**
   * Zaps file pages {@code [first_index, first_index + nr)} from a VMA mapping the file.
   *
   * @param vma a VMA of the file (in the real code: each VMA of the interval tree)
   * @param first_index first file page
   * @param nr number of pages
   */
  public static void unmap_mapping_pages(VmAreaStruct vma, long first_index, long nr) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    long last_index = first_index + nr - 1;

    i_mmap_lock_read(mapping);
    unmap_mapping_range_tree(vma, first_index, last_index);
    i_mmap_unlock_read(mapping);
  }

  /**
   * The body of {@code vma_interval_tree_foreach} in {@code unmap_mapping_range_tree()}.
   *
   * @param vma the VMA found in {@code mapping->i_mmap}
   * @param first_index first file page
   * @param last_index last file page, inclusive
   */
  @RequiresIMmap("vma.vm_file.f_mapping")
  static void unmap_mapping_range_tree(VmAreaStruct vma, long first_index, long last_index) {
    long vba = 0; /* vma->vm_pgoff */
    long vea = vba + (vma.vm_end - vma.vm_start) / PAGE_SIZE - 1;
    long zba = Math.max(first_index, vba);
    long zea = Math.min(last_index, vea);
    if (zba > zea) {
      return;
    }
    long start = ((zba - vba) * PAGE_SIZE) + vma.vm_start;
    long end = ((zea - vba + 1) * PAGE_SIZE) + vma.vm_start;
    zap_page_range_single(vma, start, end - start); /* unmap_mapping_range_vma() */
  }
}

package org.mmlock.examples;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.Aliases;
import org.mmlock.qual.MayReturnNull;
import org.mmlock.qual.MightSleep;
import org.mmlock.qual.RequiresIMmap;
import org.mmlock.qual.RequiresMmapRead;

/**
 * {@code huge_pmd_share()} from mm/hugetlb.c (v6.2, after 9c67a20704e7 "mm/hugetlb: introduce
 * hugetlb_walk()"). Source: seed {@code 001_9785450a7152e000.txt} (Peter Xu / David Hildenbrand:
 * "huge_pmd_share() is actually a tricky user of huge_pte_offset(), because even if we took the
 * vma lock, we're walking on another mm's vma!" — "We're already grabbing the
 * i_mmap_lock_read(mapping), and the VMAs are should be stable in that interval tree" — "huge_pmd_share()
 * is safe here"); notes rule 34 HUGETLB-WALK-LOCK, case (2.2).
 *
 * <p>To share a PMD page, the function looks for another VMA {@code svma} of the same file mapping
 * the same offset, and walks <em>svma's</em> page tables, in another mm whose mmap lock it does
 * not hold. What protects that walk is {@code i_mmap_rwsem} of {@code svma->vm_file->f_mapping},
 * which is {@code mapping}: every VMA in {@code mapping->i_mmap} maps that file. The interval-tree
 * iterators carry that fact as {@code @Aliases}. The PUD population under the huge PTE lock
 * ({@code pud_none}/{@code pud_populate}/{@code put_page}) and the page references are elided to
 * comments; {@code vma->vm_pgoff} is taken as 0.
 *
 * <p>Demonstrates: {@code hugetlb.walk.unprotected} satisfied by {@code I_MMAP} of another VMA's
 * mapping, and {@code hugetlb.ptl.under.walker} done right on a pte walked under it.
 */
public final class HugePmdShare {
  private HugePmdShare() {}

  static final int PAGE_SHIFT = 12;
  static final long PUD_MASK = ~((1L << 30) - 1);

  /**
   * {@code vma_interval_tree_iter_first(&mapping->i_mmap, start, last)}: the first VMA mapping
   * file pages {@code [start, last]}; it maps {@code mapping}'s file.
   *
   * @param mapping the file mapping, i_mmap-locked
   * @param start first page offset
   * @param last last page offset
   * @return the VMA, or null
   */
  @RequiresIMmap("mapping")
  @Aliases(path = "result.vm_file.f_mapping", to = "mapping")
  @MayReturnNull
  static VmAreaStruct vma_interval_tree_iter_first(AddressSpace mapping, long start, long last) {
    throw new UnsupportedOperationException("vma_interval_tree_iter_first: not simulated");
  }

  /**
   * {@code vma_interval_tree_iter_next(node, start, last)}: the next VMA of the same tree.
   *
   * @param node the current VMA
   * @param start first page offset
   * @param last last page offset
   * @return the VMA, or null
   */
  @RequiresIMmap("node.vm_file.f_mapping")
  @Aliases(path = "result.vm_file.f_mapping", to = "node.vm_file.f_mapping")
  @MayReturnNull
  static VmAreaStruct vma_interval_tree_iter_next(VmAreaStruct node, long start, long last) {
    throw new UnsupportedOperationException("vma_interval_tree_iter_next: not simulated");
  }

  /**
   * {@code (pte_t *)pmd_alloc(mm, pud, addr)}: the PMD entry for {@code addr} seen as a huge PTE,
   * allocating the PMD table if needed.
   *
   * @param mm the mm
   * @param pud the PUD entry
   * @param addr the address
   * @return the entry, or null when out of memory
   */
  @MightSleep
  @MayReturnNull
  static Pte huge_pmd_alloc(MmStruct mm, Pud pud, long addr) {
    throw new UnsupportedOperationException("pmd_alloc: not simulated");
  }

  /**
   * {@code page_table_shareable()}: the address in {@code svma} sharing {@code addr}'s PMD page,
   * or 0. Reads {@code svma}, which {@code i_mmap_rwsem} of its mapping keeps stable.
   *
   * @param svma the candidate VMA
   * @param vma the faulting VMA
   * @param addr the faulting address
   * @param idx the file page offset of {@code addr}
   * @return the address in {@code svma}, or 0
   */
  @RequiresIMmap("svma.vm_file.f_mapping")
  @RequiresMmapRead("vma.vm_mm")
  static long page_table_shareable(VmAreaStruct svma, VmAreaStruct vma, long addr, long idx) {
    long saddr = (idx << PAGE_SHIFT) /* - svma->vm_pgoff */ + svma.vm_start;
    long sbase = saddr & PUD_MASK;
    long s_end = sbase + PUD_SIZE;

    /*
     * match the virtual addresses, permission and the alignment of the
     * page table page.
     *
     * Also, vma_lock (vm_private_data) is required for sharing.
     */
    if (((addr ^ saddr) & (PUD_SIZE - 1) & ~(PMD_SIZE - 1)) != 0 /* pmd_index() differ */
        || vma.vm_flags != svma.vm_flags
        || sbase < svma.vm_start || s_end > svma.vm_end /* !range_in_vma() */
        || svma.vm_private_data == null) {
      return 0;
    }
    return saddr;
  }

  /**
   * {@code huge_pmd_share()}: shares the PMD page of another mapping of the file, then returns the
   * PMD entry of {@code addr} (allocated if needed).
   *
   * @param mm the faulting mm ({@code vma->vm_mm}), mmap-locked by the caller
   * @param vma the faulting shared hugetlb VMA
   * @param addr the faulting address
   * @param pud the PUD entry of {@code addr} in {@code mm}
   * @return the huge PTE, or null
   */
  @MightSleep
  @RequiresMmapRead("vma.vm_mm")
  public static Pte huge_pmd_share(MmStruct mm, VmAreaStruct vma, long addr, Pud pud) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    long idx = (addr - vma.vm_start) >>> PAGE_SHIFT; /* + vma->vm_pgoff */
    VmAreaStruct svma;
    long saddr;
    Pte spte = null;
    Pte pte;
    Spinlock ptl;

    i_mmap_lock_read(mapping);
    for (svma = vma_interval_tree_iter_first(mapping, idx, idx);
        svma != null;
        svma = vma_interval_tree_iter_next(svma, idx, idx)) {
      if (svma == vma) {
        continue;
      }

      saddr = page_table_shareable(svma, vma, addr, idx);
      if (saddr != 0) {
        spte = hugetlb_walk(svma, saddr, huge_page_size(hstate_vma(svma)) /* vma_mmu_pagesize */);
        if (spte != null) {
          /* get_page(virt_to_page(spte)) */
          break;
        }
      }
    }

    if (spte != null) {
      ptl = huge_pte_lock(hstate_vma(vma), mm, spte);
      /*
       * if (pud_none(*pud)) {
       *         pud_populate(mm, pud, (pmd_t *)((unsigned long)spte & PAGE_MASK));
       *         mm_inc_nr_pmds(mm);
       * } else {
       *         put_page(virt_to_page(spte));
       * }
       */
      spin_unlock(ptl);
    }
    /* out: */
    pte = huge_pmd_alloc(mm, pud, addr);
    i_mmap_unlock_read(mapping);
    return pte;
  }
}

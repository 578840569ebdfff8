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
 * {@code retract_page_tables()} from mm/khugepaged.c, for one VMA of the file's interval tree
 * (1d65b771bc08, "mm/khugepaged: retract_page_tables() without mmap or vma lock", v6.6, with the
 * {@code pmd_same} revalidation of the v6.13 {@code pte_offset_map_rw_nolock} conversion).
 *
 * <p>Retraction runs under {@code i_mmap_lock_read(mapping)} only: no mmap lock, no VMA lock
 * (8d3c106e19e8 and 1d65b771bc08 settled which locks this takes). Under the PMD lock and then the
 * PTE lock ({@code spin_lock_nested} in the kernel when split locks make them differ; the model
 * assumes split locks), it re-checks that the PMD still points to the table it mapped, and re-checks
 * {@code vma->anon_vma}, before touching it. The model has no {@code pmdp_collapse_flush}; the
 * retraction is represented by clearing the (already empty) entry under the same locks.
 *
 * <p>Demonstrates: {@code pte_offset_map_rw_nolock} + {@code pmd_lock} + {@code spin_lock(ptl)} +
 * {@code pmd_same} before a write (seed 000: "writers ... revalidate that the PMD entry still
 * refers to the same PTE-level page table"), page-table traversal stabilised by the rmap lock.
 */
public final class RetractPageTables {
  private RetractPageTables() {}

  /**
   * Retracts the PTE table mapping {@code addr} in {@code vma}, if it still is the one mapped.
   *
   * @param vma a VMA of the file
   * @param addr the PMD-aligned address of the collapsed range
   */
  public static void retract_page_tables(VmAreaStruct vma, long addr) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    retract_one(vma, addr);
    i_mmap_unlock_read(mapping);
  }

  /**
   * The loop body of {@code vma_interval_tree_foreach} in {@code retract_page_tables()}.
   *
   * @param vma a VMA of the file
   * @param addr the PMD-aligned address
   */
  @RequiresIMmap("vma.vm_file.f_mapping")
  static void retract_one(VmAreaStruct vma, long addr) {
    if (vma.anon_vma != null) { /* READ_ONCE(vma->anon_vma) */
      return;
    }
    if (addr < vma.vm_start || vma.vm_end < addr + PMD_SIZE) {
      return;
    }
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, addr); /* find_pmd_or_thp_or_none() */
    P4d p4d = p4d_offset(pgd, addr);
    Pud pud = pud_offset(p4d, addr);
    Pmd pmd = pmd_offset(pud, addr);

    Ref<Long> pgt_pmd = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pgt_pmd, ptlp);
    if (pte == null) {
      return;
    }
    Spinlock pml = pmd_lock(mm, pmd);
    Spinlock ptl = ptlp.get();
    spin_lock(ptl); /* if (ptl != pml) spin_lock_nested(ptl, SINGLE_DEPTH_NESTING) */
    if (!pmd_same(pgt_pmd.get(), pmdp_get_lockless(pmd))) {
      pte_unmap_unlock(pte, ptl);
      spin_unlock(pml);
      return;
    }
    if (vma.anon_vma == null) { /* repeated under the lock: a racing uffd may have added one */
      pte_clear(mm, addr, pte); /* pgt_pmd = pmdp_collapse_flush(vma, addr, pmd) */
    }
    pte_unmap_unlock(pte, ptl);
    spin_unlock(pml);
  }
}

package org.mmlock.examples.buggy;

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
 * Buggy twin of {@code org.mmlock.examples.RetractPageTables} ({@code retract_page_tables()},
 * mm/khugepaged.c).
 *
 * <p>Wrong: the PTE table was mapped with {@code pte_offset_map_rw_nolock} before the PMD and PTE
 * locks were taken, and it is written without re-checking
 * {@code pmd_same(pgt_pmd, pmdp_get_lockless(pmd))} under the lock. Holding only
 * {@code i_mmap_rwsem} for read, another retraction (or a collapse) may have detached that table in
 * the meantime: the lock taken is the old table's and the write lands in a table that is pending
 * RCU freeing. Seed 000 ("writers normally need to take the PTE lock and revalidate that the PMD
 * entry still refers to the same PTE-level page table") and seed 004.
 *
 * <p>Expected: {@code pte.write.unvalidated} on {@code pte_clear}.
 */
public final class RetractPageTablesBuggy {
  private RetractPageTablesBuggy() {}

  public static void retract_page_tables(VmAreaStruct vma, long addr) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    retract_one(vma, addr);
    i_mmap_unlock_read(mapping);
  }

  @RequiresIMmap("vma.vm_file.f_mapping")
  static void retract_one(VmAreaStruct vma, long addr) {
    if (vma.anon_vma != null) {
      return;
    }
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, addr);
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
    spin_lock(ptl);
    /* missing: if (!pmd_same(pgt_pmd.get(), pmdp_get_lockless(pmd))) goto unlock; */
    if (vma.anon_vma == null) {
      // :: error: [pte.write.unvalidated]
      pte_clear(mm, addr, pte);
    }
    pte_unmap_unlock(pte, ptl);
    spin_unlock(pml);
  }
}

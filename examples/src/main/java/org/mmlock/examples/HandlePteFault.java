package org.mmlock.examples;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.RequiresVmaStable;

/**
 * The tail of {@code handle_pte_fault()} from mm/memory.c (v6.13+, after the switch to
 * {@code pte_offset_map_rw_nolock}), for a present entry whose access/dirty bits must be set.
 *
 * <p>The PTE table is mapped without its lock, {@code vmf->orig_pte} is read locklessly, and only
 * then is {@code vmf->ptl} taken. The table may meanwhile have been detached and left empty for RCU
 * freeing ({@code retract_page_tables}, 1d65b771bc08), so before writing the entry the fault
 * re-checks {@code pte_same(ptep_get(vmf->pte), entry)} under the lock and bails out when it
 * differs: seed 004 (Jann Horn / Hugh Dickins, 2023-05-31) explains why this comparison is what
 * makes the write safe. The write itself stands for {@code ptep_set_access_flags()}.
 *
 * <p>Demonstrates: {@code pte_offset_map_rw_nolock} + {@code spin_lock(ptl)} + {@code pte_same}
 * revalidation before a write ({@code pte.write.unvalidated}, {@code pte.write.unlocked}).
 */
public final class HandlePteFault {
  private HandlePteFault() {}

  /** x86 {@code _PAGE_ACCESSED}. */
  static final long _PAGE_ACCESSED = 0x20;

  /** x86 {@code _PAGE_DIRTY}. */
  static final long _PAGE_DIRTY = 0x40;

  /**
   * Marks the entry at {@code address} young (and dirty on a write fault).
   *
   * @param vma the faulting VMA, stable (mmap lock or VMA lock held by the fault handler)
   * @param address the faulting address
   * @param write whether it is a write fault
   * @return 0 ({@code vm_fault_t} success)
   */
  @RequiresVmaStable("vma")
  public static int handle_pte_fault(VmAreaStruct vma, long address, boolean write) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, address);
    P4d p4d = p4d_offset(pgd, address);
    Pud pud = pud_offset(p4d, address);
    Pmd pmd = pmd_offset(pud, address);

    Ref<Long> dummy_pmdval = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, address, dummy_pmdval, ptlp);
    if (pte == null) {
      return 0;
    }
    long orig_pte = ptep_get_lockless(pte);
    if (pte_none(orig_pte)) {
      pte_unmap(pte);
      return 0; /* do_pte_missing(vmf): see DoAnonymousPage */
    }

    Spinlock ptl = ptlp.get();
    spin_lock(ptl);
    long entry = orig_pte;
    /* kernel: if (unlikely(!pte_same(ptep_get(vmf->pte), entry))) */
    if (!pte_same(entry, ptep_get(pte))) {
      pte_unmap_unlock(pte, ptl); /* update_mmu_tlb(); goto unlock */
      return 0;
    }
    entry = entry | _PAGE_ACCESSED; /* pte_mkyoung(entry) */
    if (write) {
      entry = entry | _PAGE_DIRTY; /* pte_mkdirty(entry) */
    }
    set_pte_at(mm, address, pte, entry); /* ptep_set_access_flags() */
    pte_unmap_unlock(pte, ptl);
    return 0;
  }
}

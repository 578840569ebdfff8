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
import org.mmlock.qual.RequiresMmapRead;

/**
 * {@code do_anonymous_page()} from mm/memory.c, reduced to installing one entry.
 *
 * <p>A first touch of an anonymous page may have to allocate the PTE table: {@code pte_alloc()}
 * ({@code __pte_alloc}) installs a table into an empty PMD and may sleep, so it is called before
 * anything is mapped or locked, with the mmap lock (or the VMA lock) held — never with only an
 * rmap lock, because of the {@code vms_clear_ptes} window between zap and {@code free_pgtables}
 * (seed 000; process_addrs.rst "Page table installation"). The entry is then installed under
 * {@code pte_offset_map_lock}, after re-checking that the slot is still empty
 * ({@code vmf_pte_changed}).
 *
 * <p>Demonstrates: {@code pt.install.rmap.only}, {@code sleep.in.atomic}, {@code null.unchecked},
 * {@code pte.write.unlocked} done right.
 */
public final class DoAnonymousPage {
  private DoAnonymousPage() {}

  static final int VM_FAULT_OOM = 0x1;

  /**
   * Maps {@code entry} at {@code address} if the slot is still empty.
   *
   * @param vma the faulting VMA, its mm mmap-locked
   * @param address the faulting address
   * @param entry the new PTE value ({@code mk_pte(folio, vma->vm_page_prot)})
   * @return a {@code vm_fault_t}
   */
  @RequiresMmapRead("vma.vm_mm")
  @MightSleep
  public static int do_anonymous_page(VmAreaStruct vma, long address, long entry) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, address);
    P4d p4d = p4d_offset(pgd, address);
    Pud pud = pud_offset(p4d, address);
    Pmd pmd = pmd_offset(pud, address);

    /* Use the zero-page / allocate a folio ... then: */
    if (pte_alloc(mm, pmd) != 0) {
      return VM_FAULT_OOM;
    }

    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, address, ptlp);
    if (pte == null) {
      return 0; /* goto release: the fault is retried */
    }
    Spinlock ptl = ptlp.get();
    if (!pte_none(ptep_get(pte))) { /* vmf_pte_changed(vmf) */
      pte_unmap_unlock(pte, ptl); /* update_mmu_tlb(); goto release */
      return 0;
    }
    set_pte_at(mm, address, pte, entry);
    pte_unmap_unlock(pte, ptl);
    return 0;
  }
}

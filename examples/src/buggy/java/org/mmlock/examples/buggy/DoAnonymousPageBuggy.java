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
import org.mmlock.qual.RequiresIMmap;

/**
 * Buggy twin of {@code org.mmlock.examples.DoAnonymousPage} ({@code do_anonymous_page()} /
 * {@code __pte_alloc()}, mm/memory.c).
 *
 * <p>Wrong: a PTE table is installed ({@code pte_alloc}) by code that holds only the file's
 * {@code i_mmap_rwsem} (an rmap-side "prefault" of the VMA), not the mmap lock or a VMA lock. The
 * rmap lock keeps the VMA stable for reading and zapping, but {@code vms_clear_ptes()} has a window
 * between {@code unmap_vmas()} and {@code free_pgtables()} during which the VMA is still in the
 * interval tree; a table installed then is freed or leaked under the unmapper. Seed 000 warning
 * ("Populating previously empty entries is dangerous ...") and process_addrs.rst "Page table
 * installation".
 *
 * <p>Expected: {@code pt.install.rmap.only} on {@code pte_alloc}.
 */
public final class DoAnonymousPageBuggy {
  private DoAnonymousPageBuggy() {}

  static final int VM_FAULT_OOM = 0x1;

  @RequiresIMmap("vma.vm_file.f_mapping")
  @MightSleep
  public static int prefault_pte_table(VmAreaStruct vma, long address) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, address);
    P4d p4d = p4d_offset(pgd, address);
    Pud pud = pud_offset(p4d, address);
    Pmd pmd = pmd_offset(pud, address);
    // :: error: [pt.install.rmap.only]
    if (pte_alloc(mm, pmd) != 0) {
      return VM_FAULT_OOM;
    }
    return 0;
  }
}

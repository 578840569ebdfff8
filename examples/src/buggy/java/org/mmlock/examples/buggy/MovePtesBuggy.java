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
import org.mmlock.qual.RequiresMmapWrite;

/**
 * Buggy twin of {@code org.mmlock.examples.MovePtes} ({@code move_ptes()} /
 * {@code move_page_tables()}, mm/mremap.c).
 *
 * <p>Wrong: the destination PTE table is allocated with {@code pte_alloc()} after the source table
 * has been mapped and locked. {@code pte_alloc} allocates with {@code GFP_KERNEL} and may sleep,
 * but a PTE spinlock is held (and the mapped table implies an RCU read-side section). The kernel
 * allocates the destination in {@code move_page_tables()} before calling {@code move_ptes()}.
 * Documentation/locking/locktypes.rst; notes rule SLEEP-IN-ATOMIC.
 *
 * <p>Expected: {@code sleep.in.atomic} on {@code pte_alloc}.
 */
public final class MovePtesBuggy {
  private MovePtesBuggy() {}

  static final int EAGAIN = -11;
  static final int ENOMEM = -12;

  @RequiresMmapWrite("vma.vm_mm")
  @MightSleep
  public static int move_ptes(VmAreaStruct vma, long old_addr, long new_addr) {
    MmStruct mm = vma.vm_mm;
    Pgd old_pgd = pgd_offset(mm, old_addr);
    Pmd old_pmd = pmd_offset(pud_offset(p4d_offset(old_pgd, old_addr), old_addr), old_addr);
    Pgd new_pgd = pgd_offset(mm, new_addr);
    Pmd new_pmd = pmd_offset(pud_offset(p4d_offset(new_pgd, new_addr), new_addr), new_addr);

    Ref<Spinlock> old_ptlp = new Ref<>();
    Pte old_pte = pte_offset_map_lock(mm, old_pmd, old_addr, old_ptlp);
    if (old_pte == null) {
      return EAGAIN;
    }
    Spinlock old_ptl = old_ptlp.get();
    // :: error: [sleep.in.atomic]
    if (pte_alloc(mm, new_pmd) != 0) {
      pte_unmap_unlock(old_pte, old_ptl);
      return ENOMEM;
    }
    Ref<Long> dummy_pmdval = new Ref<>();
    Ref<Spinlock> new_ptlp = new Ref<>();
    Pte new_pte = pte_offset_map_rw_nolock(mm, new_pmd, new_addr, dummy_pmdval, new_ptlp);
    if (new_pte == null) {
      pte_unmap_unlock(old_pte, old_ptl);
      return EAGAIN;
    }
    Spinlock new_ptl = new_ptlp.get();
    spin_lock(new_ptl);
    if (!pte_none(ptep_get(old_pte))) {
      long pte = ptep_get_and_clear(mm, old_addr, old_pte);
      set_pte_at(mm, new_addr, new_pte, pte);
    }
    spin_unlock(new_ptl);
    pte_unmap(new_pte);
    pte_unmap_unlock(old_pte, old_ptl);
    return 0;
  }
}

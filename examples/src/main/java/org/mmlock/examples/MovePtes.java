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
import org.mmlock.qual.RequiresMmapWrite;

/**
 * {@code move_ptes()} from mm/mremap.c (v6.13+, with {@code pte_offset_map_rw_nolock}), reduced to
 * one entry, together with the {@code pte_alloc()} that {@code move_page_tables()} does for the
 * destination before calling it.
 *
 * <p>mremap holds the mmap <em>write</em> lock. The source table is mapped and locked with
 * {@code pte_offset_map_lock}; the destination with {@code pte_offset_map_rw_nolock} and then
 * {@code spin_lock(new_ptl)} ({@code spin_lock_nested} when split locks differ; the model assumes
 * they do). The kernel comment explains why no {@code pmd_same} check is needed: "we already hold
 * the exclusive mmap_lock, so this new_pte page is stable". The destination table is allocated
 * before any PTE is mapped, since {@code pte_alloc} may sleep.
 *
 * <p>Demonstrates: the mmap-write exemption of {@code pte.write.unvalidated}; two PTE locks;
 * {@code pte_alloc} outside atomic context ({@code sleep.in.atomic} done right).
 */
public final class MovePtes {
  private MovePtes() {}

  static final int EAGAIN = -11;
  static final int ENOMEM = -12;

  /**
   * Moves the entry at {@code old_addr} to {@code new_addr}.
   *
   * @param vma the VMA being moved, its mm write-locked by mremap
   * @param old_addr source address
   * @param new_addr destination address
   * @return 0, {@code -ENOMEM} or {@code -EAGAIN}
   */
  @RequiresMmapWrite("vma.vm_mm")
  @MightSleep
  public static int move_ptes(VmAreaStruct vma, long old_addr, long new_addr) {
    MmStruct mm = vma.vm_mm;
    Pgd old_pgd = pgd_offset(mm, old_addr);
    Pmd old_pmd = pmd_offset(pud_offset(p4d_offset(old_pgd, old_addr), old_addr), old_addr);
    Pgd new_pgd = pgd_offset(mm, new_addr); /* alloc_new_pmd() */
    Pmd new_pmd = pmd_offset(pud_offset(p4d_offset(new_pgd, new_addr), new_addr), new_addr);
    if (pte_alloc(mm, new_pmd) != 0) { /* move_page_tables(): alloc_new_pmd() + pte_alloc() */
      return ENOMEM;
    }

    Ref<Spinlock> old_ptlp = new Ref<>();
    Pte old_pte = pte_offset_map_lock(mm, old_pmd, old_addr, old_ptlp);
    if (old_pte == null) {
      return EAGAIN;
    }
    Spinlock old_ptl = old_ptlp.get();
    Ref<Long> dummy_pmdval = new Ref<>();
    Ref<Spinlock> new_ptlp = new Ref<>();
    Pte new_pte = pte_offset_map_rw_nolock(mm, new_pmd, new_addr, dummy_pmdval, new_ptlp);
    if (new_pte == null) {
      pte_unmap_unlock(old_pte, old_ptl);
      return EAGAIN;
    }
    Spinlock new_ptl = new_ptlp.get();
    spin_lock(new_ptl); /* if (new_ptl != old_ptl) spin_lock_nested(new_ptl, ...) */

    if (!pte_none(ptep_get(old_pte))) {
      long pte = ptep_get_and_clear(mm, old_addr, old_pte);
      set_pte_at(mm, new_addr, new_pte, pte); /* mmap write lock: no pmd_same needed */
    }

    spin_unlock(new_ptl);
    pte_unmap(new_pte);
    pte_unmap_unlock(old_pte, old_ptl);
    return 0;
  }
}

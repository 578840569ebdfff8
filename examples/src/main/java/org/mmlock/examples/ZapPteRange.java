package org.mmlock.examples;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.PteLocked;
import org.mmlock.qual.RequiresVmaStable;

/**
 * {@code zap_pte_range()} and {@code zap_present_ptes()} from mm/memory.c, reduced to one entry
 * (a simulated {@code Pte} points to one entry).
 *
 * <p>Zapping only needs the VMA stable (mmap, VMA or rmap lock), but each entry is read and cleared
 * under the PTE lock: {@code pte_offset_map_lock} (which may fail: the kernel then returns
 * {@code addr} so that {@code zap_pmd_range} retries), {@code ptep_get_and_clear_full} in
 * {@code zap_present_ptes} (here {@code ptep_get_and_clear}), and {@code pte_unmap_unlock} at the
 * end. The helper receives the entry as {@code @PteLocked}, so its callers must hold the lock.
 *
 * <p>Demonstrates: {@code ptep_get_and_clear} under the PTE lock ({@code pte.write.unlocked},
 * {@code pte.lock.required} done right).
 */
public final class ZapPteRange {
  private ZapPteRange() {}

  /**
   * Zaps the entry at {@code addr}; returns where zapping stopped.
   *
   * @param vma the VMA, stable
   * @param addr the address
   * @param end the end of the range
   * @return {@code end}, or {@code addr} to make the caller retry
   */
  @RequiresVmaStable("vma")
  public static long zap_pte_range(VmAreaStruct vma, long addr, long end) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, addr);
    P4d p4d = p4d_offset(pgd, addr);
    Pud pud = pud_offset(p4d, addr);
    Pmd pmd = pmd_offset(pud, addr);

    Ref<Spinlock> ptlp = new Ref<>();
    Pte start_pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (start_pte == null) {
      return addr;
    }
    Spinlock ptl = ptlp.get();
    long rss = 0;
    long ptent = ptep_get(start_pte);
    if (pte_present(ptent)) {
      rss += zap_present_ptes(vma, start_pte, addr);
    } else if (!pte_none(ptent)) {
      pte_clear(mm, addr, start_pte); /* zap_nonpresent_ptes(): clear_not_present_full_ptes() */
    }
    pte_unmap_unlock(start_pte, ptl);
    /* add_mm_rss_vec(mm, rss) */
    return end;
  }

  /**
   * {@code zap_present_ptes()}: clears a present entry; the PTE lock is held by the caller.
   *
   * @param vma the VMA
   * @param pte the entry, mapped and locked
   * @param addr its address
   * @return the number of pages unmapped
   */
  @RequiresVmaStable("vma")
  static long zap_present_ptes(VmAreaStruct vma, @PteLocked Pte pte, long addr) {
    long ptent = ptep_get_and_clear(vma.vm_mm, addr, pte); /* ptep_get_and_clear_full() */
    return pte_present(ptent) ? 1 : 0;
  }
}

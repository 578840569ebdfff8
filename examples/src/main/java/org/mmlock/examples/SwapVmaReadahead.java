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
 * The PTE scan of {@code swap_vma_readahead()} from mm/swap_state.c (v6.5+, after
 * 0d940a9b270b "mm/pgtable: allow pte_offset_map[_lock]() to fail").
 *
 * <p>Readahead only needs a racy snapshot of the neighbouring entries, so it takes no PTE lock:
 * {@code pte_offset_map()} maps the table and holds RCU (which keeps a concurrently retracted
 * table from being freed under it), {@code ptep_get_lockless()} reads an entry, and
 * {@code pte_unmap()} ends the section. The map may fail ({@code break}). The kernel maps once per
 * PMD and advances {@code pte++}; the model re-maps for each address. Nothing may sleep while the
 * table is mapped.
 *
 * <p>Demonstrates: the RCU-only lockless read ({@code pte.unmap.missing},
 * {@code pte.use.after.unmap}, {@code null.unchecked} done right).
 */
public final class SwapVmaReadahead {
  private SwapVmaReadahead() {}

  /** Whether an entry is a swap entry ({@code is_swap_pte}): not none and not present. */
  static boolean is_swap_pte(long pte) {
    return !pte_none(pte) && !pte_present(pte);
  }

  /**
   * Counts the swap entries in {@code [start, end)} that readahead would read.
   *
   * @param vma the faulting VMA, stable (the fault's mmap or VMA lock)
   * @param start first address of the window (same PMD)
   * @param end end of the window
   * @return number of swap entries found
   */
  @RequiresVmaStable("vma")
  public static int swap_vma_ra_scan(VmAreaStruct vma, long start, long end) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, start);
    P4d p4d = p4d_offset(pgd, start);
    Pud pud = pud_offset(p4d, start);
    Pmd pmd = pmd_offset(pud, start); /* vmf->pmd */

    int nr = 0;
    for (long addr = start; addr < end; addr += PAGE_SIZE) {
      Pte pte = pte_offset_map(pmd, addr);
      if (pte == null) {
        break;
      }
      long pentry = ptep_get_lockless(pte);
      pte_unmap(pte);
      if (!is_swap_pte(pentry)) {
        continue;
      }
      nr++; /* read_swap_cache_async(pte_to_swp_entry(pentry), ...) */
    }
    return nr;
  }
}

package org.mmlock.mm;

import org.mmlock.qual.AtomicContext;
import org.mmlock.qual.PteLocked;
import org.mmlock.qual.RequiresVmaStable;

/**
 * The per-PTE callback of a page walk. In a VMA walk it runs with the PTE lock held (atomic
 * context: nothing that may sleep); in a no-VMA or kernel walk, without it.
 *
 * <p>Kernel: {@code mm_walk_ops.pte_entry} in include/linux/pagewalk.h.
 *
 * <p>Rule keys: {@code sleep.in.atomic}.
 */
@FunctionalInterface
public interface PteEntry {
  /**
   * Visits one PTE.
   *
   * @param pte the entry
   * @param addr its address
   * @param next the end of the range it maps
   * @param walk the walk state
   * @return 0 to continue, a negative error or positive value to stop the walk
   */
  @AtomicContext
  @RequiresVmaStable("walk.vma")
  int pte_entry(@PteLocked Pte pte, long addr, long next, MmWalk walk);
}

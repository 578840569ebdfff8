package org.mmlock.mm;

import org.mmlock.qual.AtomicContext;
import org.mmlock.qual.RequiresVmaStable;

/**
 * The callback that supplies a value for an empty PTE slot, so the walker installs it. Allowed
 * only in {@link Pagewalk#walk_page_range_mm}, which needs the mmap lock or a VMA lock (never an
 * rmap lock alone): the walk's VMA is stable while it runs.
 *
 * <p>Kernel: {@code mm_walk_ops.install_pte} in include/linux/pagewalk.h.
 *
 * <p>Rule keys: {@code walk.install.public}, {@code pt.install.rmap.only}.
 */
@FunctionalInterface
public interface InstallPte {
  /**
   * Supplies the entry to install at {@code addr}.
   *
   * @param addr the address
   * @param next the end of the range it maps
   * @param ptep receives the PTE value to install
   * @param walk the walk state
   * @return 0 to install, a negative error to stop the walk
   */
  @AtomicContext
  @RequiresVmaStable("walk.vma")
  int install_pte(long addr, long next, Ref<Long> ptep, MmWalk walk);
}

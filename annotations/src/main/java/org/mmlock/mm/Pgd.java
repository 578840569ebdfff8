package org.mmlock.mm;

/**
 * A pointer to one top-level page-table entry, from {@link Pgtable#pgd_offset}. Stepping down from
 * it in a user mm needs the VMA stable.
 *
 * <p>Kernel: {@code pgd_t *}.
 *
 * <p>Rule keys: {@code vma.unstable}.
 */
public final class Pgd {
  /** Creates a new, unconnected PGD entry pointer. */
  public Pgd() {}
}

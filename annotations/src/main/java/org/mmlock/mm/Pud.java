package org.mmlock.mm;

/**
 * A pointer to one PUD entry, from {@link Pgtable#pud_offset}. Stepping down from it in a user mm
 * needs the VMA stable; {@link Pgtable#pud_lock} takes {@code mm->page_table_lock} for it.
 *
 * <p>Kernel: {@code pud_t *}.
 *
 * <p>Rule keys: {@code vma.unstable}.
 */
public final class Pud {
  /** Creates a new, unconnected PUD entry pointer. */
  public Pud() {}
}

package org.mmlock.mm;

/**
 * A pointer to one P4D entry, from {@link Pgtable#p4d_offset}. Stepping down from it in a user mm
 * needs the VMA stable.
 *
 * <p>Kernel: {@code p4d_t *}.
 *
 * <p>Rule keys: {@code vma.unstable}.
 */
public final class P4d {
  /** Creates a new, unconnected P4D entry pointer. */
  public P4d() {}
}

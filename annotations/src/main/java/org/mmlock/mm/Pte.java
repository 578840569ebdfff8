package org.mmlock.mm;

/**
 * A pointer to one PTE entry of a mapped PTE table (or a huge PTE), from
 * {@link Pgtable#pte_offset_map_lock} and its relatives or {@link Hugetlb#hugetlb_walk}. A user
 * PTE is valid only while mapped (RCU held) and is written only under its PTE lock; it is
 * unmapped exactly once.
 *
 * <p>Kernel: {@code pte_t *}.
 *
 * <p>Rule keys: {@code null.unchecked}, {@code pte.write.unlocked}, {@code pte.write.readonly},
 * {@code pte.write.unvalidated}, {@code pte.unmap.missing}, {@code pte.use.after.unmap}.
 */
public final class Pte {
  /** Creates a new, unconnected PTE entry pointer. */
  public Pte() {}
}

package org.mmlock.mm;

/**
 * A pointer to one PMD entry, from {@link Pgtable#pmd_offset}; the PTE table hanging from it is
 * mapped with the {@code pte_offset_map*} family. A user-mm PMD is reached only with the VMA
 * stable, and its value may change under a lockless reader.
 *
 * <p>Kernel: {@code pmd_t *}.
 *
 * <p>Rule keys: {@code vma.unstable}, {@code pte.write.unvalidated}, {@code
 * pte.kernel.accessor.user}.
 */
public final class Pmd {
  /** Creates a new, unconnected PMD entry pointer. */
  public Pmd() {}
}

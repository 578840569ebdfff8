package org.mmlock.mm;

/**
 * A page-table spinlock: a PTE table's lock ({@code ptl}), a PMD table's lock or
 * {@code mm->page_table_lock}. Taken with {@link Pgtable#spin_lock}, {@link Pgtable#pmd_lock},
 * {@link Pgtable#pud_lock} or {@link Hugetlb#huge_pte_lock}; holding it is atomic context.
 *
 * <p>Kernel: {@code spinlock_t}.
 *
 * <p>Rule keys: {@code pte.write.unlocked}, {@code lock.double.acquire}, {@code
 * lock.release.not.held},
 * {@code lock.leak}, {@code lock.order}, {@code sleep.in.atomic}.
 */
public final class Spinlock {
  /** Creates a new, unconnected page-table lock. */
  public Spinlock() {}
}

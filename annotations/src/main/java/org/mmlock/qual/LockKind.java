package org.mmlock.qual;

/**
 * The kernel locks mmlock tracks. A {@code *_READ} requirement is met by the matching
 * {@code *_WRITE}.
 *
 * <p>Order, outermost first (the documented one, {@code mm/rmap.c} and {@code process_addrs.rst}):
 * {@code MMAP} → {@code VMA_WRITE} → {@code HUGETLB_VMA} → {@code I_MMAP} → {@code ANON_VMA}
 * → page-table locks ({@code PTE_LOCK}, {@code PMD_LOCK}, {@code PAGE_TABLE_LOCK}).
 */
public enum LockKind {
  /** {@code mm->mmap_lock} held shared ({@code mmap_read_lock}). */
  MMAP_READ,
  /** {@code mm->mmap_lock} held exclusive ({@code mmap_write_lock}). */
  MMAP_WRITE,
  /** The per-VMA lock held for read ({@code lock_vma_under_rcu}). */
  VMA_READ,
  /** The per-VMA lock held for write ({@code vma_start_write}). */
  VMA_WRITE,
  /** {@code mapping->i_mmap_rwsem} shared. */
  I_MMAP_READ,
  /** {@code mapping->i_mmap_rwsem} exclusive. */
  I_MMAP_WRITE,
  /** {@code anon_vma->rwsem} shared. */
  ANON_VMA_READ,
  /** {@code anon_vma->rwsem} exclusive. */
  ANON_VMA_WRITE,
  /** The hugetlb VMA lock shared. */
  HUGETLB_VMA_READ,
  /** The hugetlb VMA lock exclusive. */
  HUGETLB_VMA_WRITE,
  /** An RCU read-side critical section (global, reentrant). */
  RCU,
  /** The hugetlb page-table walker lock of the seed RFC (global, RCU-based). */
  HUGETLB_WALKER,
  /** A PTE table's spinlock. */
  PTE_LOCK,
  /** A PMD table's spinlock. */
  PMD_LOCK,
  /** {@code mm->page_table_lock}. */
  PAGE_TABLE_LOCK
}

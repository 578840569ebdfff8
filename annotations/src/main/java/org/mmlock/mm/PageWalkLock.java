package org.mmlock.mm;

/**
 * How a page walker locks the VMAs it walks ({@link MmWalkOps#walk_lock}), and so which locks
 * its caller needs.
 *
 * <p>Kernel: {@code enum page_walk_lock} in include/linux/pagewalk.h, plus the proposed
 * {@code PGWALK_NOLOCK}.
 *
 * <p>Rule keys: {@code mmap.required}, {@code mmap.write.required}, {@code walk.lock.mode},
 * {@code walk.nolock.user}, {@code walk.ops.unknown}.
 */
public enum PageWalkLock {
  /** The caller holds the mmap lock, read or write; no VMA lock is taken. */
  PGWALK_RDLOCK,
  /** The caller holds the mmap write lock; the walker write-locks each VMA (may sleep). */
  PGWALK_WRLOCK,
  /** The caller holds the mmap write lock and has write-locked each VMA already. */
  PGWALK_WRLOCK_VERIFY,
  /** The caller holds the VMA lock (read or write) of the VMA walked. */
  PGWALK_VMA_RDLOCK_VERIFY,
  /** No lock: kernel page tables only, over a range the caller owns (seed 003). */
  PGWALK_NOLOCK
}

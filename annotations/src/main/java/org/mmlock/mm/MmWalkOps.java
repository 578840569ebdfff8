package org.mmlock.mm;

/**
 * The callbacks and locking mode of a page walk. {@link #walk_lock} decides which locks the
 * walkers of {@link Pagewalk} need; an {@link #install_pte} callback is allowed only for
 * {@link Pagewalk#walk_page_range_mm}.
 *
 * <p>Kernel: {@code struct mm_walk_ops} in include/linux/pagewalk.h.
 *
 * <p>Rule keys: {@code walk.lock.mode}, {@code walk.ops.unknown}, {@code walk.install.public},
 * {@code walk.nolock.user}.
 */
public final class MmWalkOps {
  /** How the walker locks the VMAs it walks. */
  public final PageWalkLock walk_lock;

  /** Called for each PTE, or null. */
  public final PteEntry pte_entry;

  /** Called to fill an empty PTE slot, or null (no install). */
  public final InstallPte install_pte;

  /**
   * Creates walk ops without {@code install_pte}.
   *
   * @param walk_lock how the walker locks VMAs
   * @param pte_entry called for each PTE, or null
   */
  public MmWalkOps(PageWalkLock walk_lock, PteEntry pte_entry) {
    this(walk_lock, pte_entry, null);
  }

  /**
   * Creates walk ops with an {@code install_pte} callback (only for
   * {@link Pagewalk#walk_page_range_mm}).
   *
   * @param walk_lock how the walker locks VMAs
   * @param pte_entry called for each PTE, or null
   * @param install_pte called to fill an empty PTE slot, or null
   */
  public MmWalkOps(PageWalkLock walk_lock, PteEntry pte_entry, InstallPte install_pte) {
    this.walk_lock = walk_lock;
    this.pte_entry = pte_entry;
    this.install_pte = install_pte;
  }
}

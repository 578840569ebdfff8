package org.mmlock.mm;

import org.mmlock.qual.Aliases;

/**
 * The state of a page walk, passed to its callbacks: the mm walked, the VMA being walked (null
 * for a no-VMA or kernel walk) and the caller's private data. The walk's locks are those its
 * {@link MmWalkOps#walk_lock} implies.
 *
 * <p>Kernel: {@code struct mm_walk} in include/linux/pagewalk.h.
 *
 * <p>Rule keys: {@code sleep.in.atomic} (callbacks of a VMA walk run under the PTE lock).
 */
public final class MmWalk {
  /** The mm being walked. */
  public final MmStruct mm;

  /** The VMA being walked, or null for a no-VMA or kernel walk. */
  public final VmAreaStruct vma;

  /** The caller's private data ({@code walk->private}). */
  public final Object priv;

  /**
   * Creates the state of a walk.
   *
   * @param mm the mm being walked
   * @param vma the VMA being walked, or null
   * @param priv the caller's private data
   */
  @Aliases(path = "this.mm", to = "mm")
  @Aliases(path = "this.vma", to = "vma")
  public MmWalk(MmStruct mm, VmAreaStruct vma, Object priv) {
    this.mm = mm;
    this.vma = vma;
    this.priv = priv;
  }
}

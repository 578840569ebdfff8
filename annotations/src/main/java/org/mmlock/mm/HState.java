package org.mmlock.mm;

/**
 * A hugetlb page size class (hstate), from {@link Hugetlb#hstate_vma}; plain data, no lock.
 *
 * <p>Kernel: {@code struct hstate}.
 *
 * <p>Rule keys: none.
 */
public final class HState {
  /** The huge page size in bytes. */
  final long size;

  /** Creates the default hstate: 2 MiB pages ({@link Kernel#PMD_SIZE}), as on x86-64. */
  public HState() {
    this(Kernel.PMD_SIZE);
  }

  /**
   * Creates an hstate of the given huge page size (for the runtime).
   *
   * @param size the huge page size in bytes
   */
  HState(long size) {
    this.size = size;
  }
}

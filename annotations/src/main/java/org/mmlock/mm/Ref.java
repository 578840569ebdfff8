package org.mmlock.mm;

/**
 * An out-parameter: the Java spelling of passing {@code &ptl} or {@code &pmdval} to a kernel
 * function, e.g. the {@code ptlp} of {@link Pgtable#pte_offset_map_lock}. Plain data, no lock.
 *
 * <p>Kernel: a {@code T *} out-argument ({@code spinlock_t **ptlp}, {@code pmd_t *pmdvalp}).
 *
 * <p>Rule keys: none of its own; the checker follows the lock stored through it
 * ({@code pte.write.unvalidated}, {@code lock.release.not.held}).
 *
 * @param <T> the type of the value passed out
 */
public final class Ref<T> {
  /** The value passed out; null until set. */
  private T value;

  /** Creates an empty out-parameter (holding null). */
  public Ref() {}

  /**
   * Returns the value last stored, or null.
   *
   * @return the value
   */
  public T get() {
    return value;
  }

  /**
   * Stores a value.
   *
   * @param value the value
   */
  public void set(T value) {
    this.value = value;
  }
}

package org.mmlock.mm;

/**
 * The reverse map of anonymous pages; its rwsem is the anonymous rmap lock taken with {@link
 * Rmap#anon_vma_lock_read} and {@link Rmap#anon_vma_lock_write}. Either mode keeps the VMAs of the
 * anon_vma stable.
 *
 * <p>Kernel: {@code struct anon_vma}.
 *
 * <p>Rule keys: {@code rmap.lock.required}, {@code vma.unstable}, {@code pt.free.locks}.
 */
public final class AnonVma {
  /** Creates a new, unconnected {@code struct anon_vma}. */
  public AnonVma() {}
}

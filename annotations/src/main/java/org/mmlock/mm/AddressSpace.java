package org.mmlock.mm;

/**
 * A file's page cache mapping; it holds {@code i_mmap_rwsem}, the file-backed rmap lock taken with
 * {@link Rmap#i_mmap_lock_read} and {@link Rmap#i_mmap_lock_write}. Either mode keeps the VMAs
 * mapping the file stable.
 *
 * <p>Kernel: {@code struct address_space}.
 *
 * <p>Rule keys: {@code rmap.lock.required}, {@code walk.mapping.i_mmap}, {@code pt.free.locks},
 * {@code hugetlb.walk.unprotected}, {@code hugetlb.unshare.locks}.
 */
public final class AddressSpace {
  /** Creates a new, unconnected {@code struct address_space}. */
  public AddressSpace() {}
}

package org.mmlock.mm;

import org.mmlock.qual.Aliases;

/**
 * An open file, as seen by a VMA ({@link VmAreaStruct#vm_file}); its {@link #f_mapping} holds the
 * file rmap lock {@code i_mmap_rwsem}.
 *
 * <p>Kernel: {@code struct file}.
 *
 * <p>Rule keys: {@code rmap.lock.required}, {@code pt.free.locks}, {@code hugetlb.unshare.locks}.
 */
public final class File {
  /** The file's page cache mapping ({@code file->f_mapping}). */
  public final AddressSpace f_mapping;

  /**
   * Creates a file whose mapping is {@code f_mapping}.
   *
   * @param f_mapping the page cache mapping
   */
  @Aliases(path = "this.f_mapping", to = "f_mapping")
  public File(AddressSpace f_mapping) {
    this.f_mapping = f_mapping;
  }
}

package org.mmlock.mm;

import org.mmlock.qual.Aliases;

/**
 * A virtual memory area: one mapping of {@link #vm_mm} from {@link #vm_start} to
 * {@link #vm_end}. Its fields may be read, and its range walked, only while it is stable: the mmap
 * lock of {@code vm_mm}, its VMA lock, or an rmap lock ({@code i_mmap_rwsem} of
 * {@code vm_file.f_mapping}, or {@code anon_vma}). Whether it is shared is written as the kernel
 * writes it: {@code (vma.vm_flags & VM_MAYSHARE) != 0}.
 *
 * <p>Kernel: {@code struct vm_area_struct}.
 *
 * <p>Rule keys: {@code vma.unstable}, {@code vma.lock.required}, {@code hugetlb.walk.unprotected}.
 */
public final class VmAreaStruct {
  /** The address space this VMA belongs to ({@code vma->vm_mm}). */
  public final MmStruct vm_mm;

  /** First address of the mapping, inclusive. */
  public long vm_start;

  /** End of the mapping, exclusive. */
  public long vm_end;

  /**
   * The {@code VM_*} flags ({@link Kernel#VM_SHARED}, {@link Kernel#VM_MAYSHARE},
   * {@link Kernel#VM_HUGETLB}, ...).
   */
  public long vm_flags;

  /** The mapped file, or null for an anonymous mapping. */
  public final File vm_file;

  /** The anon_vma of the mapping, or null if none has been set up. */
  public AnonVma anon_vma;

  /** Private data of the mapping's owner (e.g. the hugetlb VMA lock in the kernel). */
  public Object vm_private_data;

  /**
   * Creates a VMA of {@code vm_mm} covering {@code [vm_start, vm_end)}.
   *
   * @param vm_mm the owning address space
   * @param vm_start first address, inclusive
   * @param vm_end end address, exclusive
   * @param vm_flags the {@code VM_*} flags
   * @param vm_file the mapped file, or null when anonymous
   */
  @Aliases(path = "this.vm_mm", to = "vm_mm")
  @Aliases(path = "this.vm_file", to = "vm_file")
  public VmAreaStruct(MmStruct vm_mm, long vm_start, long vm_end, long vm_flags, File vm_file) {
    this.vm_mm = vm_mm;
    this.vm_start = vm_start;
    this.vm_end = vm_end;
    this.vm_flags = vm_flags;
    this.vm_file = vm_file;
  }
}

package org.mmlock.mm;

/**
 * An address space of a process (or the kernel's own, {@link Kernel#init_mm}). Its {@code
 * mmap_lock} is taken with {@link MmapLock}; its page tables are reached with {@link
 * Pgtable#pgd_offset}.
 *
 * <p>Kernel: {@code struct mm_struct}.
 *
 * <p>Rule keys: {@code mmap.required}, {@code mmap.write.required}, {@code vma.unstable}.
 */
public final class MmStruct {
  /** Creates a new, unconnected {@code struct mm_struct}. */
  public MmStruct() {}
}

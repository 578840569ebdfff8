package org.mmlock.mm;

/**
 * Kernel globals and constants: {@link #init_mm}, the {@code VM_*} flags and the page sizes
 * of x86-64 with four-level tables.
 *
 * <p>Kernel: include/linux/mm.h, include/linux/mm_types.h, arch/x86/include/asm/page_types.h.
 *
 * <p>Rule keys: {@code pte.kernel.accessor.user}, {@code walk.nolock.user},
 * {@code walk.novma.user.write}, {@code hugetlb.walk.unprotected}.
 */
public final class Kernel {
  /** Not instantiable: a holder of static functions and constants. */
  private Kernel() {}

  /**
   * The kernel's own mm: its page tables are the kernel page tables, it has no VMAs. Its tables
   * are walked with {@link Pgtable#pte_offset_kernel} and {@link
   * Pagewalk#walk_kernel_page_table_range}
   * under its mmap read lock.
   *
   * <p>Kernel: {@code init_mm} in mm/init-mm.c.
   *
   * <p>Rule keys: {@code pte.kernel.accessor.user}, {@code walk.nolock.user}, {@code
   * mmap.required}.
   */
  public static final MmStruct init_mm = new MmStruct();

  /** {@code VM_SHARED}: the mapping is shared and writable (include/linux/mm.h). */
  public static final long VM_SHARED = 0x8;

  /**
   * {@code VM_MAYSHARE}: the mapping is shared; test it as {@code (vma.vm_flags & VM_MAYSHARE) !=
   * 0}
   * (include/linux/mm.h). Rule keys: {@code hugetlb.walk.unprotected},
   * {@code hugetlb.ptl.under.walker}.
   */
  public static final long VM_MAYSHARE = 0x80;

  /** {@code VM_HUGETLB}: a hugetlbfs mapping (include/linux/mm.h). */
  public static final long VM_HUGETLB = 0x400000;

  /** {@code PAGE_SIZE}: 4 KiB, the span of one PTE. */
  public static final long PAGE_SIZE = 4096;

  /** {@code PMD_SIZE}: 2 MiB, the span of one PMD entry (one PTE table). */
  public static final long PMD_SIZE = 1L << 21;

  /** {@code PUD_SIZE}: 1 GiB, the span of one PUD entry. */
  public static final long PUD_SIZE = 1L << 30;

  /** {@code TASK_SIZE}: the end of user address space (128 TiB). */
  public static final long TASK_SIZE = 1L << 47;

  /**
   * Whether the VMA is a hugetlbfs mapping ({@code VM_HUGETLB} set). Reads {@code vma.vm_flags},
   * so the VMA must be stable; needs no lock of its own.
   *
   * <p>Kernel: {@code is_vm_hugetlb_page()} in include/linux/hugetlb_inline.h.
   *
   * <p>Rule keys: none of its own.
   *
   * @param vma the VMA
   * @return true when {@code VM_HUGETLB} is set
   */
  public static boolean is_vm_hugetlb_page(VmAreaStruct vma) {
    return (vma.vm_flags & VM_HUGETLB) != 0;
  }
}

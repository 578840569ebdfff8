package org.mmlock.mm;

import org.mmlock.qual.LockKind;
import org.mmlock.qual.PageWalk;
import org.mmlock.qual.WalkKind;
import org.mmlock.qual.Requires;

/**
 * The generic page-table walkers, driven by an {@link MmWalkOps}. Which locks the caller needs
 * depends on {@code ops.walk_lock}; those rules are applied by the checker from the {@code ops}
 * argument, so the walkers carry only their fixed contracts here.
 *
 * <p>Kernel: mm/pagewalk.c, include/linux/pagewalk.h.
 *
 * <p>Rule keys: {@code mmap.required}, {@code mmap.write.required}, {@code walk.novma.user.write},
 * {@code walk.nolock.user}, {@code walk.install.public}, {@code walk.lock.mode}, {@code
 * walk.ops.unknown}, {@code walk.mapping.i_mmap}.
 */
public final class Pagewalk {
  /** Not instantiable: a holder of static functions. */
  private Pagewalk() {}

  /**
   * Walks the page tables of the VMAs of {@code mm} in {@code [start, end)}, calling {@code ops}.
   *
   * <p>Kernel: {@code walk_page_range()} in mm/pagewalk.c.
   *
   * <p>Locking: Per {@code ops.walk_lock}: {@code PGWALK_RDLOCK} needs the mmap lock of {@code mm},
   * {@code PGWALK_WRLOCK}/{@code PGWALK_WRLOCK_VERIFY} its write lock ({@code _VERIFY}: and each
   * VMA write-locked), {@code PGWALK_VMA_RDLOCK_VERIFY} the VMA lock; {@code PGWALK_NOLOCK} and
   * {@code install_pte} are rejected. May sleep; {@code pte_entry} runs under the PTE lock.
   *
   * <p>Rule keys: {@code mmap.required}, {@code mmap.write.required}, {@code walk.lock.mode},
   * {@code walk.ops.unknown}, {@code walk.install.public}, {@code walk.nolock.user}, {@code
   * sleep.in.atomic}.
   *
   * @param mm the mm
   * @param start first address, inclusive
   * @param end end address, exclusive
   * @param ops the walk's callbacks and lock mode
   * @param priv private data passed in {@link MmWalk#priv}
   * @return 0, or the first non-zero callback result
   */
  @PageWalk(kind = WalkKind.RANGE, mm = "mm")
  public static int walk_page_range(MmStruct mm, long start, long end, MmWalkOps ops, Object priv) {
    throw new UnsupportedOperationException(
        "walk_page_range: the simulated mm runtime is not implemented yet");
  }

  /**
   * Walks the page tables of one VMA, calling {@code ops}.
   *
   * <p>Kernel: {@code walk_page_vma()} in mm/pagewalk.c.
   *
   * <p>Locking: The {@code ops.walk_lock} rules of {@link #walk_page_range}, on {@code vma.vm_mm}
   * and {@code vma}. May sleep; {@code pte_entry} runs under the PTE lock.
   *
   * <p>Rule keys: {@code mmap.required}, {@code mmap.write.required}, {@code walk.lock.mode},
   * {@code walk.ops.unknown}, {@code walk.install.public}, {@code walk.nolock.user}, {@code
   * sleep.in.atomic}.
   *
   * @param vma the VMA
   * @param ops the walk's callbacks and lock mode
   * @param priv private data passed in {@link MmWalk#priv}
   * @return 0, or the first non-zero callback result
   */
  @PageWalk(kind = WalkKind.VMA, vma = "vma")
  public static int walk_page_vma(VmAreaStruct vma, MmWalkOps ops, Object priv) {
    throw new UnsupportedOperationException(
        "walk_page_vma: the simulated mm runtime is not implemented yet");
  }

  /**
   * Walks the page tables of {@code [start, end)} within one VMA, calling {@code ops}.
   *
   * <p>Kernel: {@code walk_page_range_vma()} in mm/pagewalk.c.
   *
   * <p>Locking: The {@code ops.walk_lock} rules of {@link #walk_page_range}, on {@code vma.vm_mm}
   * and {@code vma}. May sleep; {@code pte_entry} runs under the PTE lock.
   *
   * <p>Rule keys: {@code mmap.required}, {@code mmap.write.required}, {@code walk.lock.mode},
   * {@code walk.ops.unknown}, {@code walk.install.public}, {@code walk.nolock.user}, {@code
   * sleep.in.atomic}.
   *
   * @param vma the VMA
   * @param start first address, inclusive
   * @param end end address, exclusive
   * @param ops the walk's callbacks and lock mode
   * @param priv private data passed in {@link MmWalk#priv}
   * @return 0, or the first non-zero callback result
   */
  @PageWalk(kind = WalkKind.VMA, vma = "vma")
  public static int walk_page_range_vma(VmAreaStruct vma, long start, long end, MmWalkOps ops, Object priv) {
    throw new UnsupportedOperationException(
        "walk_page_range_vma: the simulated mm runtime is not implemented yet");
  }

  /**
   * The mm-internal VMA walk: like {@link #walk_page_range}, and the only walker that may call
   * {@code install_pte}.
   *
   * <p>Kernel: {@code walk_page_range_mm()} in mm/pagewalk.c.
   *
   * <p>Locking: The {@code ops.walk_lock} rules of {@link #walk_page_range}; with {@code
   * install_pte} it installs tables and entries, which needs the mmap lock or a VMA lock, never an
   * rmap lock alone. May sleep.
   *
   * <p>Rule keys: {@code pt.install.rmap.only}, {@code mmap.required}, {@code mmap.write.required},
   * {@code walk.lock.mode}, {@code walk.ops.unknown}, {@code walk.install.public}, {@code
   * walk.nolock.user}, {@code sleep.in.atomic}.
   *
   * @param mm the mm
   * @param start first address, inclusive
   * @param end end address, exclusive
   * @param ops the walk's callbacks and lock mode
   * @param priv private data passed in {@link MmWalk#priv}
   * @return 0, or the first non-zero callback result
   */
  @PageWalk(kind = WalkKind.MM_INTERNAL, mm = "mm")
  public static int walk_page_range_mm(MmStruct mm, long start, long end, MmWalkOps ops, Object priv) {
    throw new UnsupportedOperationException(
        "walk_page_range_mm: the simulated mm runtime is not implemented yet");
  }

  /**
   * Walks page tables of {@code mm} without looking at VMAs (from {@code pgd} when non-null).
   *
   * <p>Kernel: {@code walk_page_range_novma()} in mm/pagewalk.c (seed 002).
   *
   * <p>Locking: A user mm needs its mmap write lock (munmap frees tables after downgrading); {@code
   * init_mm} needs its mmap read lock. {@code pte_entry} runs without the PTE lock. May sleep.
   *
   * <p>Rule keys: {@code walk.novma.user.write}, {@code mmap.required}, {@code walk.nolock.user},
   * {@code walk.install.public}, {@code sleep.in.atomic}.
   *
   * @param mm the mm
   * @param start first address, inclusive
   * @param end end address, exclusive
   * @param ops the walk's callbacks and lock mode
   * @param pgd the top-level table to start from, or null for {@code mm}'s
   * @param priv private data passed in {@link MmWalk#priv}
   * @return 0, or the first non-zero callback result
   */
  @PageWalk(kind = WalkKind.NOVMA, mm = "mm")
  public static int walk_page_range_novma(MmStruct mm, long start, long end, MmWalkOps ops, Pgd pgd, Object priv) {
    throw new UnsupportedOperationException(
        "walk_page_range_novma: the simulated mm runtime is not implemented yet");
  }

  /**
   * Walks the kernel page tables ({@code init_mm}) in {@code [start, end)}.
   *
   * <p>Kernel: {@code walk_kernel_page_table_range()} in mm/pagewalk.c (seed 003).
   *
   * <p>Locking: Needs the mmap read lock of {@code init_mm}, or {@code PGWALK_NOLOCK} over a range
   * the caller owns. {@code pte_entry} runs without the PTE lock. May sleep.
   *
   * <p>Rule keys: {@code mmap.required}, {@code walk.nolock.user}, {@code walk.install.public},
   * {@code sleep.in.atomic}.
   *
   * @param start first address, inclusive
   * @param end end address, exclusive
   * @param ops the walk's callbacks and lock mode
   * @param pgd the top-level table to start from, or null for {@code init_mm}'s
   * @param priv private data passed in {@link MmWalk#priv}
   * @return 0, or the first non-zero callback result
   */
  @PageWalk(kind = WalkKind.KERNEL)
  public static int walk_kernel_page_table_range(long start, long end, MmWalkOps ops, Pgd pgd, Object priv) {
    throw new UnsupportedOperationException(
        "walk_kernel_page_table_range: the simulated mm runtime is not implemented yet");
  }

  /**
   * Walks the page tables of every VMA mapping pages {@code [first_index, first_index + nr)} of a
   * file.
   *
   * <p>Kernel: {@code walk_page_mapping()} in mm/pagewalk.c.
   *
   * <p>Locking: Needs {@code i_mmap_rwsem} of {@code mapping}, read or write; the mmap lock is not
   * enough. {@code install_pte} is rejected.
   *
   * <p>Rule keys: {@code walk.mapping.i_mmap}, {@code walk.install.public}.
   *
   * @param mapping the file mapping
   * @param first_index first page offset in the file
   * @param nr number of pages
   * @param ops the walk's callbacks and lock mode
   * @param priv private data passed in {@link MmWalk#priv}
   * @return 0, or the first non-zero callback result
   */
  @Requires(kind = LockKind.I_MMAP_READ, on = "mapping", rule = "walk.mapping.i_mmap")
  @PageWalk(kind = WalkKind.MAPPING)
  public static int walk_page_mapping(AddressSpace mapping, long first_index, long nr, MmWalkOps ops, Object priv) {
    throw new UnsupportedOperationException(
        "walk_page_mapping: the simulated mm runtime is not implemented yet");
  }
}

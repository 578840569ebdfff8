package org.mmlock.mm;

import org.mmlock.qual.Acquires;
import org.mmlock.qual.LockKind;
import org.mmlock.qual.MightSleep;
import org.mmlock.qual.Releases;

/**
 * The reverse-map locks: {@code i_mmap_rwsem} of a file mapping and the {@code anon_vma} rwsem.
 * Each keeps the VMAs it maps stable, but alone never allows installing page tables.
 *
 * <p>Kernel: include/linux/fs.h, include/linux/rmap.h; lock order in the mm/rmap.c header.
 *
 * <p>Rule keys: {@code rmap.lock.required}, {@code vma.unstable}, {@code pt.install.rmap.only},
 * {@code pt.free.locks}, {@code lock.order}, {@code sleep.in.atomic}.
 */
public final class Rmap {
  /** Not instantiable: a holder of static functions. */
  private Rmap() {}

  /**
   * Takes {@code i_mmap_rwsem} of {@code m} shared; may sleep.
   *
   * <p>Kernel: {@code i_mmap_lock_read()} in include/linux/fs.h.
   *
   * <p>Locking: A sleeping rwsem, ordered after the mmap, VMA write and hugetlb VMA locks and
   * before the page-table locks; never in atomic context. Keeps the VMAs it maps stable.
   *
   * <p>Rule keys: {@code rmap.lock.required}, {@code sleep.in.atomic}, {@code lock.double.acquire},
   * {@code lock.order}, {@code lock.leak}.
   *
   * @param m the file mapping
   */
  @MightSleep
  @Acquires(kind = LockKind.I_MMAP_READ, on = "m")
  public static void i_mmap_lock_read(AddressSpace m) {
    throw new UnsupportedOperationException(
        "i_mmap_lock_read: the simulated mm runtime is not implemented yet");
  }

  /**
   * Releases {@code i_mmap_rwsem} of {@code m} held shared.
   *
   * <p>Kernel: {@code i_mmap_unlock_read()} in include/linux/fs.h.
   *
   * <p>Locking: The lock must be held in that mode.
   *
   * <p>Rule keys: {@code lock.release.not.held}.
   *
   * @param m the file mapping
   */
  @Releases(kind = LockKind.I_MMAP_READ, on = "m")
  public static void i_mmap_unlock_read(AddressSpace m) {
    throw new UnsupportedOperationException(
        "i_mmap_unlock_read: the simulated mm runtime is not implemented yet");
  }

  /**
   * Takes {@code i_mmap_rwsem} of {@code m} exclusive; may sleep.
   *
   * <p>Kernel: {@code i_mmap_lock_write()} in include/linux/fs.h.
   *
   * <p>Locking: A sleeping rwsem, ordered after the mmap, VMA write and hugetlb VMA locks and
   * before the page-table locks; never in atomic context. Keeps the VMAs it maps stable.
   *
   * <p>Rule keys: {@code rmap.lock.required}, {@code sleep.in.atomic}, {@code lock.double.acquire},
   * {@code lock.order}, {@code lock.leak}.
   *
   * @param m the file mapping
   */
  @MightSleep
  @Acquires(kind = LockKind.I_MMAP_WRITE, on = "m")
  public static void i_mmap_lock_write(AddressSpace m) {
    throw new UnsupportedOperationException(
        "i_mmap_lock_write: the simulated mm runtime is not implemented yet");
  }

  /**
   * Releases {@code i_mmap_rwsem} of {@code m} held exclusive.
   *
   * <p>Kernel: {@code i_mmap_unlock_write()} in include/linux/fs.h.
   *
   * <p>Locking: The lock must be held in that mode.
   *
   * <p>Rule keys: {@code lock.release.not.held}.
   *
   * @param m the file mapping
   */
  @Releases(kind = LockKind.I_MMAP_WRITE, on = "m")
  public static void i_mmap_unlock_write(AddressSpace m) {
    throw new UnsupportedOperationException(
        "i_mmap_unlock_write: the simulated mm runtime is not implemented yet");
  }

  /**
   * Takes the rwsem of {@code a} shared; may sleep.
   *
   * <p>Kernel: {@code anon_vma_lock_read()} in include/linux/rmap.h.
   *
   * <p>Locking: A sleeping rwsem, ordered after the mmap, VMA write and hugetlb VMA locks and
   * {@code i_mmap_rwsem} and before the page-table locks; never in atomic context. Keeps the VMAs
   * it maps stable.
   *
   * <p>Rule keys: {@code rmap.lock.required}, {@code sleep.in.atomic}, {@code lock.double.acquire},
   * {@code lock.order}, {@code lock.leak}.
   *
   * @param a the anon_vma
   */
  @MightSleep
  @Acquires(kind = LockKind.ANON_VMA_READ, on = "a")
  public static void anon_vma_lock_read(AnonVma a) {
    throw new UnsupportedOperationException(
        "anon_vma_lock_read: the simulated mm runtime is not implemented yet");
  }

  /**
   * Releases the rwsem of {@code a} held shared.
   *
   * <p>Kernel: {@code anon_vma_unlock_read()} in include/linux/rmap.h.
   *
   * <p>Locking: The lock must be held in that mode.
   *
   * <p>Rule keys: {@code lock.release.not.held}.
   *
   * @param a the anon_vma
   */
  @Releases(kind = LockKind.ANON_VMA_READ, on = "a")
  public static void anon_vma_unlock_read(AnonVma a) {
    throw new UnsupportedOperationException(
        "anon_vma_unlock_read: the simulated mm runtime is not implemented yet");
  }

  /**
   * Takes the rwsem of {@code a} exclusive; may sleep.
   *
   * <p>Kernel: {@code anon_vma_lock_write()} in include/linux/rmap.h.
   *
   * <p>Locking: A sleeping rwsem, ordered after the mmap, VMA write and hugetlb VMA locks and
   * {@code i_mmap_rwsem} and before the page-table locks; never in atomic context. Keeps the VMAs
   * it maps stable.
   *
   * <p>Rule keys: {@code rmap.lock.required}, {@code sleep.in.atomic}, {@code lock.double.acquire},
   * {@code lock.order}, {@code lock.leak}.
   *
   * @param a the anon_vma
   */
  @MightSleep
  @Acquires(kind = LockKind.ANON_VMA_WRITE, on = "a")
  public static void anon_vma_lock_write(AnonVma a) {
    throw new UnsupportedOperationException(
        "anon_vma_lock_write: the simulated mm runtime is not implemented yet");
  }

  /**
   * Releases the rwsem of {@code a} held exclusive.
   *
   * <p>Kernel: {@code anon_vma_unlock_write()} in include/linux/rmap.h.
   *
   * <p>Locking: The lock must be held in that mode.
   *
   * <p>Rule keys: {@code lock.release.not.held}.
   *
   * @param a the anon_vma
   */
  @Releases(kind = LockKind.ANON_VMA_WRITE, on = "a")
  public static void anon_vma_unlock_write(AnonVma a) {
    throw new UnsupportedOperationException(
        "anon_vma_unlock_write: the simulated mm runtime is not implemented yet");
  }
}

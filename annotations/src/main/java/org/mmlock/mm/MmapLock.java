package org.mmlock.mm;

import org.mmlock.qual.AcquiresIf;
import org.mmlock.qual.Aliases;
import org.mmlock.qual.AcquiresIfNonNull;
import org.mmlock.qual.Acquires;
import org.mmlock.qual.Downgrades;
import org.mmlock.qual.LockKind;
import org.mmlock.qual.MayReturnNull;
import org.mmlock.qual.MightSleep;
import org.mmlock.qual.Releases;
import org.mmlock.qual.Requires;
import org.mmlock.qual.RequiresMmapRead;
import org.mmlock.qual.RequiresMmapWrite;
import org.mmlock.qual.RequiresVmaLock;

/**
 * The mmap lock ({@code mm->mmap_lock}), the per-VMA locks and VMA lookup.
 *
 * <p>Kernel: include/linux/mmap_lock.h, mm/mmap_lock.c, mm/mmap.c;
 * Documentation/mm/process_addrs.rst.
 *
 * <p>Rule keys: {@code mmap.required}, {@code mmap.write.required}, {@code vma.lock.required},
 * {@code null.unchecked}, {@code lock.release.not.held}, {@code lock.double.acquire}, {@code
 * lock.leak}, {@code lock.order}, {@code sleep.in.atomic}.
 */
public final class MmapLock {
  /** Not instantiable: a holder of static functions. */
  private MmapLock() {}

  /**
   * Takes the mmap lock of {@code mm} shared; may sleep.
   *
   * <p>Kernel: {@code mmap_read_lock()} in include/linux/mmap_lock.h.
   *
   * <p>Locking: A sleeping rwsem: never in atomic context, and never while holding a VMA read lock
   * or a lock that nests inside it. Released by {@link #mmap_read_unlock}.
   *
   * <p>Rule keys: {@code sleep.in.atomic}, {@code lock.double.acquire}, {@code lock.order}, {@code
   * lock.leak}.
   *
   * @param mm the mm
   */
  @MightSleep
  @Acquires(kind = LockKind.MMAP_READ, on = "mm")
  public static void mmap_read_lock(MmStruct mm) {
    throw new UnsupportedOperationException(
        "mmap_read_lock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Tries to take the mmap lock of {@code mm} shared, without blocking.
   *
   * <p>Kernel: {@code mmap_read_trylock()} in include/linux/mmap_lock.h.
   *
   * <p>Locking: Held exactly when it returns true; never blocks, so it is allowed in atomic context
   * and out of order.
   *
   * <p>Rule keys: {@code lock.double.acquire}, {@code lock.leak}.
   *
   * @param mm the mm
   * @return true when the lock was taken
   */
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  public static boolean mmap_read_trylock(MmStruct mm) {
    throw new UnsupportedOperationException(
        "mmap_read_trylock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Releases the mmap lock of {@code mm} held shared (also a downgraded write lock).
   *
   * <p>Kernel: {@code mmap_read_unlock()} in include/linux/mmap_lock.h.
   *
   * <p>Locking: The lock must be held shared (taken shared, or downgraded); a write lock is
   * released with {@link #mmap_write_unlock}.
   *
   * <p>Rule keys: {@code lock.release.not.held}.
   *
   * @param mm the mm
   */
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  public static void mmap_read_unlock(MmStruct mm) {
    throw new UnsupportedOperationException(
        "mmap_read_unlock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Takes the mmap lock of {@code mm} exclusive; may sleep.
   *
   * <p>Kernel: {@code mmap_write_lock()} in include/linux/mmap_lock.h.
   *
   * <p>Locking: A sleeping rwsem: never in atomic context, and never while holding a VMA read lock
   * or a lock that nests inside it. Released by {@link #mmap_write_unlock} or turned shared by
   * {@link #mmap_write_downgrade}.
   *
   * <p>Rule keys: {@code sleep.in.atomic}, {@code lock.double.acquire}, {@code lock.order}, {@code
   * lock.leak}.
   *
   * @param mm the mm
   */
  @MightSleep
  @Acquires(kind = LockKind.MMAP_WRITE, on = "mm")
  public static void mmap_write_lock(MmStruct mm) {
    throw new UnsupportedOperationException(
        "mmap_write_lock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Releases the mmap lock of {@code mm} held exclusive, dropping every VMA write lock of {@code
   * mm}.
   *
   * <p>Kernel: {@code mmap_write_unlock()} in include/linux/mmap_lock.h (with {@code
   * vma_end_write_all()}).
   *
   * <p>Locking: The lock must be held exclusive (not downgraded).
   *
   * <p>Rule keys: {@code lock.release.not.held}.
   *
   * @param mm the mm
   */
  @Releases(kind = LockKind.MMAP_WRITE, on = "mm")
  public static void mmap_write_unlock(MmStruct mm) {
    throw new UnsupportedOperationException(
        "mmap_write_unlock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Turns the exclusive mmap lock of {@code mm} into a shared one without releasing it, dropping
   * every VMA write lock of {@code mm}.
   *
   * <p>Kernel: {@code mmap_write_downgrade()} in include/linux/mmap_lock.h.
   *
   * <p>Locking: The lock must be held exclusive; afterwards it is held shared and is released with
   * {@link #mmap_read_unlock}. Requirements of {@code MMAP_WRITE} are no longer met.
   *
   * <p>Rule keys: {@code lock.release.not.held}, {@code mmap.write.required}.
   *
   * @param mm the mm
   */
  @Downgrades(kind = LockKind.MMAP_WRITE, on = "mm")
  public static void mmap_write_downgrade(MmStruct mm) {
    throw new UnsupportedOperationException(
        "mmap_write_downgrade: the simulated mm runtime is not implemented yet");
  }

  /**
   * Lockdep assertion that the mmap lock of {@code mm} is held, shared or exclusive.
   *
   * <p>Kernel: {@code mmap_assert_locked()} in include/linux/mmap_lock.h.
   *
   * <p>Locking: Requires the mmap lock of {@code mm} in either mode; a VMA or rmap lock is not
   * enough.
   *
   * <p>Rule keys: {@code mmap.required}.
   *
   * @param mm the mm
   */
  @RequiresMmapRead("mm")
  public static void mmap_assert_locked(MmStruct mm) {
    throw new UnsupportedOperationException(
        "mmap_assert_locked: the simulated mm runtime is not implemented yet");
  }

  /**
   * Lockdep assertion that the mmap lock of {@code mm} is held exclusive.
   *
   * <p>Kernel: {@code mmap_assert_write_locked()} in include/linux/mmap_lock.h.
   *
   * <p>Locking: Requires the mmap lock of {@code mm} exclusive; a downgraded lock is not enough.
   *
   * <p>Rule keys: {@code mmap.write.required}.
   *
   * @param mm the mm
   */
  @RequiresMmapWrite("mm")
  public static void mmap_assert_write_locked(MmStruct mm) {
    throw new UnsupportedOperationException(
        "mmap_assert_write_locked: the simulated mm runtime is not implemented yet");
  }

  /**
   * Returns the first VMA of {@code mm} ending above {@code addr}, or null.
   *
   * <p>Kernel: {@code find_vma()} in mm/mmap.c.
   *
   * <p>Locking: Requires the mmap lock of {@code mm}, read or write; a VMA lock, rmap lock or RCU
   * is not enough. The result is null-checked before use.
   *
   * <p>Rule keys: {@code mmap.required}, {@code null.unchecked}.
   *
   * @param mm the mm
   * @param addr the address
   * @return the VMA, or null
   */
  @RequiresMmapRead("mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "mm")
  public static VmAreaStruct find_vma(MmStruct mm, long addr) {
    throw new UnsupportedOperationException(
        "find_vma: the simulated mm runtime is not implemented yet");
  }

  /**
   * Returns the VMA of {@code mm} containing {@code addr}, or null.
   *
   * <p>Kernel: {@code vma_lookup()} in include/linux/mm.h.
   *
   * <p>Locking: Requires the mmap lock of {@code mm}, read or write; a VMA lock, rmap lock or RCU
   * is not enough. The result is null-checked before use.
   *
   * <p>Rule keys: {@code mmap.required}, {@code null.unchecked}.
   *
   * @param mm the mm
   * @param addr the address
   * @return the VMA, or null
   */
  @RequiresMmapRead("mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "mm")
  public static VmAreaStruct vma_lookup(MmStruct mm, long addr) {
    throw new UnsupportedOperationException(
        "vma_lookup: the simulated mm runtime is not implemented yet");
  }

  /**
   * Looks up the VMA of {@code mm} containing {@code addr} without the mmap lock and returns it
   * read-locked, or null.
   *
   * <p>Kernel: {@code lock_vma_under_rcu()} in mm/mmap_lock.c.
   *
   * <p>Locking: Needs no lock; on non-null the VMA read lock is held until {@link #vma_end_read},
   * on null nothing is held. Never take the mmap lock while holding a VMA read lock.
   *
   * <p>Rule keys: {@code null.unchecked}, {@code lock.leak}, {@code lock.order}.
   *
   * @param mm the mm
   * @param addr the address
   * @return the VMA, read-locked, or null
   */
  @AcquiresIfNonNull(kind = LockKind.VMA_READ, on = "result")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "mm")
  public static VmAreaStruct lock_vma_under_rcu(MmStruct mm, long addr) {
    throw new UnsupportedOperationException(
        "lock_vma_under_rcu: the simulated mm runtime is not implemented yet");
  }

  /**
   * Releases the VMA read lock of {@code vma}.
   *
   * <p>Kernel: {@code vma_end_read()} in include/linux/mmap_lock.h.
   *
   * <p>Locking: The VMA read lock of {@code vma} must be held (from {@link #lock_vma_under_rcu}).
   *
   * <p>Rule keys: {@code lock.release.not.held}.
   *
   * @param vma the VMA
   */
  @Releases(kind = LockKind.VMA_READ, on = "vma")
  public static void vma_end_read(VmAreaStruct vma) {
    throw new UnsupportedOperationException(
        "vma_end_read: the simulated mm runtime is not implemented yet");
  }

  /**
   * Write-locks {@code vma}; may sleep (waits for VMA readers).
   *
   * <p>Kernel: {@code vma_start_write()} in include/linux/mmap_lock.h.
   *
   * <p>Locking: Requires the mmap write lock of {@code vma.vm_mm}. There is no explicit release:
   * the VMA write lock is dropped by {@link #mmap_write_unlock} or {@link #mmap_write_downgrade} of
   * that mm.
   *
   * <p>Rule keys: {@code mmap.write.required}, {@code sleep.in.atomic}, {@code lock.order}.
   *
   * @param vma the VMA
   */
  @RequiresMmapWrite("vma.vm_mm")
  @MightSleep
  @Acquires(kind = LockKind.VMA_WRITE, on = "vma")
  public static void vma_start_write(VmAreaStruct vma) {
    throw new UnsupportedOperationException(
        "vma_start_write: the simulated mm runtime is not implemented yet");
  }

  /**
   * Assertion that {@code vma} is VMA-locked, read or write.
   *
   * <p>Kernel: {@code vma_assert_locked()} in include/linux/mmap_lock.h.
   *
   * <p>Locking: Requires the VMA read or write lock of {@code vma}.
   *
   * <p>Rule keys: {@code vma.lock.required}.
   *
   * @param vma the VMA
   */
  @RequiresVmaLock("vma")
  public static void vma_assert_locked(VmAreaStruct vma) {
    throw new UnsupportedOperationException(
        "vma_assert_locked: the simulated mm runtime is not implemented yet");
  }

  /**
   * Assertion that {@code vma} is VMA write-locked.
   *
   * <p>Kernel: {@code vma_assert_write_locked()} in include/linux/mmap_lock.h.
   *
   * <p>Locking: Requires the VMA write lock of {@code vma} (taken by {@link #vma_start_write}).
   *
   * <p>Rule keys: {@code vma.lock.required}.
   *
   * @param vma the VMA
   */
  @Requires(kind = LockKind.VMA_WRITE, on = "vma")
  public static void vma_assert_write_locked(VmAreaStruct vma) {
    throw new UnsupportedOperationException(
        "vma_assert_write_locked: the simulated mm runtime is not implemented yet");
  }
}

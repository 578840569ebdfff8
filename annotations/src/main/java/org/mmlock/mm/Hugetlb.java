package org.mmlock.mm;

import org.mmlock.qual.AccessesPte;
import org.mmlock.qual.Acquires;
import org.mmlock.qual.HugePteLock;
import org.mmlock.qual.HugetlbWalk;
import org.mmlock.qual.LockKind;
import org.mmlock.qual.MayReturnNull;
import org.mmlock.qual.MightSleep;
import org.mmlock.qual.Releases;
import org.mmlock.qual.Requires;
import org.mmlock.qual.RequiresAny;

/**
 * hugetlbfs page tables: walking, the hugetlb VMA lock, the walker lock of the seed RFC, huge PTE
 * locks and PMD sharing.
 *
 * <p>Kernel: include/linux/hugetlb.h, mm/hugetlb.c; seed 001.
 *
 * <p>Rule keys: {@code hugetlb.walk.unprotected}, {@code hugetlb.ptl.under.walker}, {@code
 * hugetlb.raw.offset}, {@code hugetlb.unshare.locks}, {@code hugetlb.vma.lock.required}, {@code
 * walker.required}, {@code null.unchecked}.
 */
public final class Hugetlb {
  /** Not instantiable: a holder of static functions. */
  private Hugetlb() {}

  /**
   * Returns the hstate (huge page size class) of a hugetlb VMA.
   *
   * <p>Kernel: {@code hstate_vma()} in include/linux/hugetlb.h.
   *
   * <p>Locking: Reads the VMA: it must be stable; no lock of its own.
   *
   * <p>Rule keys: none.
   *
   * @param vma the VMA
   * @return the hstate
   */
  public static HState hstate_vma(VmAreaStruct vma) {
    throw new UnsupportedOperationException(
        "hstate_vma: the simulated mm runtime is not implemented yet");
  }

  /**
   * Returns the huge page size of an hstate, in bytes.
   *
   * <p>Kernel: {@code huge_page_size()} in include/linux/hugetlb.h.
   *
   * <p>Locking: Plain data; no lock.
   *
   * <p>Rule keys: none.
   *
   * @param h the hstate
   * @return the size in bytes
   */
  public static long huge_page_size(HState h) {
    return h.size;
  }

  /**
   * The raw hugetlb walk: returns the huge PTE of {@code mm} for {@code addr}, or null. Call {@link
   * #hugetlb_walk} instead.
   *
   * <p>Kernel: {@code huge_pte_offset()} in mm/hugetlb.c.
   *
   * <p>Locking: The protection of {@link #hugetlb_walk} applies, and the checker cannot see the VMA
   * here. The result is valid while the walk's lock is held.
   *
   * <p>Rule keys: {@code hugetlb.raw.offset}, {@code null.unchecked}, {@code pte.use.after.unmap}.
   *
   * @param mm the mm
   * @param addr the address
   * @param sz the huge page size in bytes
   * @return the huge PTE, or null
   */
  @HugetlbWalk(mm = "mm", raw = true)
  @MayReturnNull
  public static Pte huge_pte_offset(MmStruct mm, long addr, long sz) {
    throw new UnsupportedOperationException(
        "huge_pte_offset: the simulated mm runtime is not implemented yet");
  }

  /**
   * Returns the huge PTE of {@code vma} for {@code addr}, or null.
   *
   * <p>Kernel: {@code hugetlb_walk()} in include/linux/hugetlb.h.
   *
   * <p>Locking: A private mapping needs the mmap lock of {@code vma.vm_mm}; a shared ({@code
   * VM_MAYSHARE}) or possibly shared one needs the hugetlb VMA lock, {@code i_mmap_rwsem} of {@code
   * vma.vm_file.f_mapping}, or the walker lock, because the mmap lock does not stop a PMD unshare.
   * The result is valid while that lock is held.
   *
   * <p>Rule keys: {@code hugetlb.walk.unprotected}, {@code null.unchecked}, {@code
   * pte.use.after.unmap}.
   *
   * @param vma the VMA
   * @param addr the address
   * @param sz the huge page size in bytes
   * @return the huge PTE, or null
   */
  @HugetlbWalk(vma = "vma")
  @MayReturnNull
  public static Pte hugetlb_walk(VmAreaStruct vma, long addr, long sz) {
    throw new UnsupportedOperationException(
        "hugetlb_walk: the simulated mm runtime is not implemented yet");
  }

  /**
   * Takes the hugetlb VMA lock of {@code vma} shared; may sleep.
   *
   * <p>Kernel: {@code hugetlb_vma_lock_read()} in mm/hugetlb.c.
   *
   * <p>Locking: A sleeping rwsem, after the mmap and VMA write locks and before {@code
   * i_mmap_rwsem}; never in atomic context. Protects shared huge page tables against PMD unshare.
   *
   * <p>Rule keys: {@code hugetlb.vma.lock.required}, {@code hugetlb.walk.unprotected}, {@code
   * sleep.in.atomic}, {@code lock.double.acquire}, {@code lock.order}, {@code lock.leak}.
   *
   * @param vma the VMA
   */
  @MightSleep
  @Acquires(kind = LockKind.HUGETLB_VMA_READ, on = "vma")
  public static void hugetlb_vma_lock_read(VmAreaStruct vma) {
    throw new UnsupportedOperationException(
        "hugetlb_vma_lock_read: the simulated mm runtime is not implemented yet");
  }

  /**
   * Releases the hugetlb VMA lock of {@code vma} held shared.
   *
   * <p>Kernel: {@code hugetlb_vma_unlock_read()} in mm/hugetlb.c.
   *
   * <p>Locking: The lock must be held in that mode; huge PTEs walked under it are not used
   * afterwards.
   *
   * <p>Rule keys: {@code lock.release.not.held}, {@code pte.use.after.unmap}.
   *
   * @param vma the VMA
   */
  @Releases(kind = LockKind.HUGETLB_VMA_READ, on = "vma")
  public static void hugetlb_vma_unlock_read(VmAreaStruct vma) {
    throw new UnsupportedOperationException(
        "hugetlb_vma_unlock_read: the simulated mm runtime is not implemented yet");
  }

  /**
   * Takes the hugetlb VMA lock of {@code vma} exclusive; may sleep.
   *
   * <p>Kernel: {@code hugetlb_vma_lock_write()} in mm/hugetlb.c.
   *
   * <p>Locking: A sleeping rwsem, after the mmap and VMA write locks and before {@code
   * i_mmap_rwsem}; never in atomic context. Protects shared huge page tables against PMD unshare.
   *
   * <p>Rule keys: {@code hugetlb.vma.lock.required}, {@code hugetlb.walk.unprotected}, {@code
   * sleep.in.atomic}, {@code lock.double.acquire}, {@code lock.order}, {@code lock.leak}.
   *
   * @param vma the VMA
   */
  @MightSleep
  @Acquires(kind = LockKind.HUGETLB_VMA_WRITE, on = "vma")
  public static void hugetlb_vma_lock_write(VmAreaStruct vma) {
    throw new UnsupportedOperationException(
        "hugetlb_vma_lock_write: the simulated mm runtime is not implemented yet");
  }

  /**
   * Releases the hugetlb VMA lock of {@code vma} held exclusive.
   *
   * <p>Kernel: {@code hugetlb_vma_unlock_write()} in mm/hugetlb.c.
   *
   * <p>Locking: The lock must be held in that mode; huge PTEs walked under it are not used
   * afterwards.
   *
   * <p>Rule keys: {@code lock.release.not.held}, {@code pte.use.after.unmap}.
   *
   * @param vma the VMA
   */
  @Releases(kind = LockKind.HUGETLB_VMA_WRITE, on = "vma")
  public static void hugetlb_vma_unlock_write(VmAreaStruct vma) {
    throw new UnsupportedOperationException(
        "hugetlb_vma_unlock_write: the simulated mm runtime is not implemented yet");
  }

  /**
   * Takes the global hugetlb page-table walker lock (RCU-based).
   *
   * <p>Kernel: the "pgtable walker lock" proposed in the seed RFC (001, case 2.3).
   *
   * <p>Locking: Global and reentrant; atomic context until {@link #hugetlb_walker_unlock}. It keeps
   * huge page tables alive but does not make their page-table lock safe to take.
   *
   * <p>Rule keys: {@code walker.required}, {@code hugetlb.walk.unprotected}, {@code
   * hugetlb.ptl.under.walker}, {@code sleep.in.atomic}, {@code lock.leak}.
   */
  @Acquires(kind = LockKind.HUGETLB_WALKER, on = "")
  public static void hugetlb_walker_lock() {
    throw new UnsupportedOperationException(
        "hugetlb_walker_lock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Releases the hugetlb page-table walker lock.
   *
   * <p>Kernel: the "pgtable walker lock" proposed in the seed RFC (001, case 2.3).
   *
   * <p>Locking: Must match an earlier {@link #hugetlb_walker_lock}; huge PTEs walked under it are
   * not used afterwards.
   *
   * <p>Rule keys: {@code lock.release.not.held}, {@code pte.use.after.unmap}.
   */
  @Releases(kind = LockKind.HUGETLB_WALKER, on = "")
  public static void hugetlb_walker_unlock() {
    throw new UnsupportedOperationException(
        "hugetlb_walker_unlock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Takes and returns the page-table lock of a huge PTE.
   *
   * <p>Kernel: {@code huge_pte_lock()} in include/linux/hugetlb.h.
   *
   * <p>Locking: A spinlock: atomic context until {@link Pgtable#spin_unlock}. On a shared mapping
   * the pte must come from a walk under the hugetlb VMA lock or {@code i_mmap_rwsem}, never under
   * the walker lock (RCU) alone.
   *
   * <p>Rule keys: {@code hugetlb.ptl.under.walker}, {@code pte.use.after.unmap}, {@code lock.leak},
   * {@code lock.order}, {@code sleep.in.atomic}.
   *
   * @param h the hstate
   * @param mm the mm
   * @param pte the huge PTE
   * @return the huge PTE lock, held
   */
  @HugePteLock("pte")
  @Acquires(kind = LockKind.PTE_LOCK, on = "result")
  public static Spinlock huge_pte_lock(HState h, MmStruct mm, Pte pte) {
    throw new UnsupportedOperationException(
        "huge_pte_lock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Reads a huge PTE entry.
   *
   * <p>Kernel: {@code huge_ptep_get()} in include/asm-generic/hugetlb.h.
   *
   * <p>Locking: The pte must be non-null and the lock it was walked under still held.
   *
   * <p>Rule keys: {@code null.unchecked}, {@code pte.use.after.unmap}.
   *
   * @param mm the mm
   * @param addr the address
   * @param pte the huge PTE
   * @return the huge PTE value
   */
  @AccessesPte("pte")
  public static long huge_ptep_get(MmStruct mm, long addr, Pte pte) {
    throw new UnsupportedOperationException(
        "huge_ptep_get: the simulated mm runtime is not implemented yet");
  }

  /**
   * Stores {@code pteval} into a huge PTE entry.
   *
   * <p>Kernel: {@code set_huge_pte_at()} in mm/hugetlb.c (arch-specific).
   *
   * <p>Locking: Needs the huge PTE lock held; not yet modelled by the checker (the hugetlb store
   * rules come later).
   *
   * <p>Rule keys: none.
   *
   * @param mm the mm
   * @param addr the address
   * @param pte the huge PTE
   * @param pteval a PTE value
   */
  @AccessesPte(value = "pte", write = true, mm = "mm")
  public static void set_huge_pte_at(MmStruct mm, long addr, Pte pte, long pteval) {
    throw new UnsupportedOperationException(
        "set_huge_pte_at: the simulated mm runtime is not implemented yet");
  }

  /**
   * Shares a PMD table of another mapping of the same file for {@code addr}, or allocates one;
   * returns the huge PTE or null.
   *
   * <p>Kernel: {@code huge_pmd_share()} in mm/hugetlb.c.
   *
   * <p>Locking: Takes {@code i_mmap_rwsem} of the file itself, so it may sleep and must not be
   * called holding it or in atomic context.
   *
   * <p>Rule keys: {@code sleep.in.atomic}, {@code null.unchecked}.
   *
   * @param mm the mm
   * @param vma the VMA
   * @param addr the address
   * @param pud the PUD entry
   * @return the huge PTE, or null
   */
  @MightSleep
  @MayReturnNull
  public static Pte huge_pmd_share(MmStruct mm, VmAreaStruct vma, long addr, Pud pud) {
    throw new UnsupportedOperationException(
        "huge_pmd_share: the simulated mm runtime is not implemented yet");
  }

  /**
   * Unshares a shared PMD table mapped at {@code addr}, if {@code pte} lies in one.
   *
   * <p>Kernel: {@code huge_pmd_unshare()} in mm/hugetlb.c.
   *
   * <p>Locking: Needs {@code i_mmap_rwsem} of {@code vma.vm_file.f_mapping} for write, the hugetlb
   * VMA lock of {@code vma} (read or write) and the huge PTE lock.
   *
   * <p>Rule keys: {@code hugetlb.unshare.locks}.
   *
   * @param mm the mm
   * @param vma the VMA
   * @param addr the address
   * @param pte the huge PTE
   * @return 1 when a table was unshared, else 0
   */
  @Requires(kind = LockKind.I_MMAP_WRITE, on = "vma.vm_file.f_mapping", rule = "hugetlb.unshare.locks")
  @Requires(kind = LockKind.PTE_LOCK, on = "pte", rule = "hugetlb.unshare.locks")
  @RequiresAny(
      value = {
        @Requires(kind = LockKind.HUGETLB_VMA_READ, on = "vma")
      },
      rule = "hugetlb.unshare.locks")
  public static int huge_pmd_unshare(MmStruct mm, VmAreaStruct vma, long addr, Pte pte) {
    throw new UnsupportedOperationException(
        "huge_pmd_unshare: the simulated mm runtime is not implemented yet");
  }
}

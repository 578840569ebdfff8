package org.mmlock.mm;

import org.mmlock.qual.AccessesPte;
import org.mmlock.qual.Acquires;
import org.mmlock.qual.KernelTablesOnly;
import org.mmlock.qual.LockKind;
import org.mmlock.qual.MapsPte;
import org.mmlock.qual.MayReturnNull;
import org.mmlock.qual.MightSleep;
import org.mmlock.qual.PageTableStep;
import org.mmlock.qual.PteMapKind;
import org.mmlock.qual.ReadsPmd;
import org.mmlock.qual.ReadsPte;
import org.mmlock.qual.Releases;
import org.mmlock.qual.Requires;
import org.mmlock.qual.RequiresAny;
import org.mmlock.qual.RequiresMmapWrite;
import org.mmlock.qual.RequiresVmaStable;
import org.mmlock.qual.Revalidates;
import org.mmlock.qual.UnmapsPte;

/**
 * Page-table traversal, PTE table mapping, page-table locks and entry access.
 *
 * <p>Kernel: include/linux/pgtable.h, include/linux/mm.h, mm/pgtable-generic.c, mm/memory.c;
 * Documentation/mm/process_addrs.rst "Page tables".
 *
 * <p>Rule keys: {@code vma.unstable}, {@code null.unchecked}, {@code pte.write.unlocked}, {@code
 * pte.write.unvalidated}, {@code pte.write.readonly}, {@code pte.kernel.accessor.user}, {@code
 * pte.unmap.missing}, {@code pte.use.after.unmap}, {@code pt.install.rmap.only}, {@code
 * pt.free.locks}.
 */
public final class Pgtable {
  /** Not instantiable: a holder of static functions. */
  private Pgtable() {}

  /** x86 {@code _PAGE_PRESENT}: the present bit of a PTE or PMD value. */
  private static final long _PAGE_PRESENT = 0x1;

  /** x86 {@code _PAGE_PSE}: the huge (trans-huge) bit of a PMD value. */
  private static final long _PAGE_PSE = 0x80;

  /**
   * Steps one level down the page tables: returns a pointer to the PGD entry of {@code mm} covering
   * {@code addr}.
   *
   * <p>Kernel: {@code pgd_offset()} in include/linux/pgtable.h.
   *
   * <p>Locking: In a user mm the VMA covering {@code addr} must be stable (mmap, VMA or rmap lock);
   * RCU alone is not enough. Kernel tables ({@code init_mm}) need nothing here.
   *
   * <p>Rule keys: {@code vma.unstable}.
   *
   * @param mm the mm
   * @param addr the address
   * @return the entry pointer
   */
  @PageTableStep(from = "mm")
  public static Pgd pgd_offset(MmStruct mm, long addr) {
    throw new UnsupportedOperationException(
        "pgd_offset: the simulated mm runtime is not implemented yet");
  }

  /**
   * Steps one level down the page tables: returns a pointer to the P4D entry below {@code pgd}
   * covering {@code addr}.
   *
   * <p>Kernel: {@code p4d_offset()} in include/linux/pgtable.h (folded on four-level x86-64).
   *
   * <p>Locking: In a user mm the VMA covering {@code addr} must be stable (mmap, VMA or rmap lock);
   * RCU alone is not enough. Kernel tables ({@code init_mm}) need nothing here.
   *
   * <p>Rule keys: {@code vma.unstable}.
   *
   * @param pgd the PGD entry
   * @param addr the address
   * @return the entry pointer
   */
  @PageTableStep(from = "pgd")
  public static P4d p4d_offset(Pgd pgd, long addr) {
    throw new UnsupportedOperationException(
        "p4d_offset: the simulated mm runtime is not implemented yet");
  }

  /**
   * Steps one level down the page tables: returns a pointer to the PUD entry below {@code p4d}
   * covering {@code addr}.
   *
   * <p>Kernel: {@code pud_offset()} in include/linux/pgtable.h.
   *
   * <p>Locking: In a user mm the VMA covering {@code addr} must be stable (mmap, VMA or rmap lock);
   * RCU alone is not enough. Kernel tables ({@code init_mm}) need nothing here.
   *
   * <p>Rule keys: {@code vma.unstable}.
   *
   * @param p4d the P4D entry
   * @param addr the address
   * @return the entry pointer
   */
  @PageTableStep(from = "p4d")
  public static Pud pud_offset(P4d p4d, long addr) {
    throw new UnsupportedOperationException(
        "pud_offset: the simulated mm runtime is not implemented yet");
  }

  /**
   * Steps one level down the page tables: returns a pointer to the PMD entry below {@code pud}
   * covering {@code addr}.
   *
   * <p>Kernel: {@code pmd_offset()} in include/linux/pgtable.h.
   *
   * <p>Locking: In a user mm the VMA covering {@code addr} must be stable (mmap, VMA or rmap lock);
   * RCU alone is not enough. Kernel tables ({@code init_mm}) need nothing here.
   *
   * <p>Rule keys: {@code vma.unstable}.
   *
   * @param pud the PUD entry
   * @param addr the address
   * @return the entry pointer
   */
  @PageTableStep(from = "pud")
  public static Pmd pmd_offset(Pud pud, long addr) {
    throw new UnsupportedOperationException(
        "pmd_offset: the simulated mm runtime is not implemented yet");
  }

  /**
   * Reads the PMD entry once.
   *
   * <p>Kernel: {@code pmdp_get()} in include/linux/pgtable.h.
   *
   * <p>Locking: Needs the PMD reached with the VMA stable. Compared by {@link #pmd_same} under the
   * PTE lock with the value a {@code pte_offset_map_rw_nolock} recorded, it revalidates that
   * mapping.
   *
   * <p>Rule keys: {@code pte.write.unvalidated}.
   *
   * @param pmd the PMD entry
   * @return the PMD value
   */
  @ReadsPmd("pmd")
  public static long pmdp_get(Pmd pmd) {
    throw new UnsupportedOperationException(
        "pmdp_get: the simulated mm runtime is not implemented yet");
  }

  /**
   * Reads the PMD entry once, without any lock (tolerating concurrent change).
   *
   * <p>Kernel: {@code pmdp_get_lockless()} in include/linux/pgtable.h.
   *
   * <p>Locking: Needs the PMD reached with the VMA stable. Compared by {@link #pmd_same} under the
   * PTE lock with the value a {@code pte_offset_map_rw_nolock} recorded, it revalidates that
   * mapping.
   *
   * <p>Rule keys: {@code pte.write.unvalidated}.
   *
   * @param pmd the PMD entry
   * @return the PMD value
   */
  @ReadsPmd("pmd")
  public static long pmdp_get_lockless(Pmd pmd) {
    throw new UnsupportedOperationException(
        "pmdp_get_lockless: the simulated mm runtime is not implemented yet");
  }

  /**
   * Whether a PMD value is empty (no table, no huge page).
   *
   * <p>Kernel: {@code pmd_none()} in arch/x86/include/asm/pgtable.h.
   *
   * <p>Locking: A pure value test; no lock.
   *
   * <p>Rule keys: none.
   *
   * @param pmdval a PMD value
   * @return true when {@code pmdval} is 0
   */
  public static boolean pmd_none(long pmdval) {
    return pmdval == 0;
  }

  /**
   * Whether a PMD value is present (present bit {@code 0x1} set).
   *
   * <p>Kernel: {@code pmd_present()} in arch/x86/include/asm/pgtable.h.
   *
   * <p>Locking: A pure value test; no lock.
   *
   * <p>Rule keys: none.
   *
   * @param pmdval a PMD value
   * @return true when the present bit is set
   */
  public static boolean pmd_present(long pmdval) {
    return (pmdval & _PAGE_PRESENT) != 0;
  }

  /**
   * Whether a PMD value maps a transparent huge page (huge bit {@code 0x80} set) rather than a PTE
   * table.
   *
   * <p>Kernel: {@code pmd_trans_huge()} in arch/x86/include/asm/pgtable.h.
   *
   * <p>Locking: A pure value test; no lock.
   *
   * <p>Rule keys: none.
   *
   * @param pmdval a PMD value
   * @return true when the huge bit is set
   */
  public static boolean pmd_trans_huge(long pmdval) {
    return (pmdval & _PAGE_PSE) != 0;
  }

  /**
   * Whether two PMD values are equal.
   *
   * <p>Kernel: {@code pmd_same()} in include/linux/pgtable.h.
   *
   * <p>Locking: A pure value test. True under the PTE lock with one side a fresh {@link
   * #pmdp_get_lockless} read, it revalidates a {@code pte_offset_map_rw_nolock} mapping before a
   * write.
   *
   * <p>Rule keys: {@code pte.write.unvalidated}.
   *
   * @param a a PMD value
   * @param b the other PMD value
   * @return true when equal
   */
  @Revalidates
  public static boolean pmd_same(long a, long b) {
    return a == b;
  }

  /**
   * Maps the PTE table below {@code pmd} and returns the entry for {@code addr}, without taking its
   * lock; read-only.
   *
   * <p>Kernel: {@code pte_offset_map()} in include/linux/pgtable.h ({@code __pte_offset_map()} in
   * mm/pgtable-generic.c).
   *
   * <p>Locking: The VMA must be stable. Holds RCU until {@link #pte_unmap} on every path; the entry
   * is never written, lock or no lock. Returns null when there is no PTE table (none, or a huge
   * PMD); then nothing is held and nothing may be unmapped.
   *
   * <p>Rule keys: {@code vma.unstable}, {@code null.unchecked}, {@code pte.unmap.missing}, {@code
   * pte.write.readonly}, {@code pte.use.after.unmap}, {@code sleep.in.atomic}.
   *
   * @param pmd the PMD entry
   * @param addr the address
   * @return the mapped entry, or null
   */
  @MapsPte(kind = PteMapKind.PLAIN, pmd = "pmd")
  @MayReturnNull
  public static Pte pte_offset_map(Pmd pmd, long addr) {
    throw new UnsupportedOperationException(
        "pte_offset_map: the simulated mm runtime is not implemented yet");
  }

  /**
   * Maps the PTE table below {@code pmd}, takes its PTE lock (stored in {@code ptlp}) after
   * revalidating the PMD, and returns the entry for {@code addr}.
   *
   * <p>Kernel: {@code pte_offset_map_lock()} in include/linux/mm.h ({@code __pte_offset_map_lock()}
   * in mm/pgtable-generic.c).
   *
   * <p>Locking: The VMA must be stable. On non-null the entry is mapped and locked (atomic context,
   * writable) until {@link #pte_unmap_unlock}. Returns null when there is no PTE table (none, or a
   * huge PMD); then nothing is held and nothing may be unmapped.
   *
   * <p>Rule keys: {@code vma.unstable}, {@code null.unchecked}, {@code pte.unmap.missing}, {@code
   * lock.leak}, {@code lock.order}, {@code sleep.in.atomic}.
   *
   * @param mm the mm
   * @param pmd the PMD entry
   * @param addr the address
   * @param ptlp receives the PTE table's lock
   * @return the mapped and locked entry, or null
   */
  @MapsPte(kind = PteMapKind.LOCKED, mm = "mm", pmd = "pmd", ptl = "ptlp")
  @MayReturnNull
  public static Pte pte_offset_map_lock(MmStruct mm, Pmd pmd, long addr, Ref<Spinlock> ptlp) {
    throw new UnsupportedOperationException(
        "pte_offset_map_lock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Maps the PTE table below {@code pmd} for reading and stores its lock in {@code ptlp} without
   * taking it.
   *
   * <p>Kernel: {@code pte_offset_map_ro_nolock()} in mm/pgtable-generic.c.
   *
   * <p>Locking: The VMA must be stable. Mapped (RCU) until {@link #pte_unmap}; the entry is never
   * written, even after {@code spin_lock(ptl)}. Returns null when there is no PTE table (none, or a
   * huge PMD); then nothing is held and nothing may be unmapped.
   *
   * <p>Rule keys: {@code vma.unstable}, {@code null.unchecked}, {@code pte.unmap.missing}, {@code
   * pte.write.readonly}.
   *
   * @param mm the mm
   * @param pmd the PMD entry
   * @param addr the address
   * @param ptlp receives the PTE table's lock
   * @return the mapped entry, or null
   */
  @MapsPte(kind = PteMapKind.RO_NOLOCK, mm = "mm", pmd = "pmd", ptl = "ptlp")
  @MayReturnNull
  public static Pte pte_offset_map_ro_nolock(MmStruct mm, Pmd pmd, long addr, Ref<Spinlock> ptlp) {
    throw new UnsupportedOperationException(
        "pte_offset_map_ro_nolock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Maps the PTE table below {@code pmd}, storing the PMD value read in {@code pmdvalp} and the
   * table's lock in {@code ptlp} without taking it.
   *
   * <p>Kernel: {@code pte_offset_map_rw_nolock()} in mm/pgtable-generic.c.
   *
   * <p>Locking: The VMA must be stable. Mapped (RCU) until {@link #pte_unmap}. A writer takes
   * {@code spin_lock(ptl)} and then checks {@code pmd_same(pmdval, pmdp_get_lockless(pmd))} before
   * writing, unless it holds the mmap write lock of {@code mm}. Returns null when there is no PTE
   * table (none, or a huge PMD); then nothing is held and nothing may be unmapped.
   *
   * <p>Rule keys: {@code vma.unstable}, {@code null.unchecked}, {@code pte.unmap.missing}, {@code
   * pte.write.unvalidated}.
   *
   * @param mm the mm
   * @param pmd the PMD entry
   * @param addr the address
   * @param pmdvalp receives the PMD value the mapping was made from
   * @param ptlp receives the PTE table's lock
   * @return the mapped entry, or null
   */
  @MapsPte(kind = PteMapKind.RW_NOLOCK, mm = "mm", pmd = "pmd", ptl = "ptlp", pmdval = "pmdvalp")
  @MayReturnNull
  public static Pte pte_offset_map_rw_nolock(MmStruct mm, Pmd pmd, long addr, Ref<Long> pmdvalp, Ref<Spinlock> ptlp) {
    throw new UnsupportedOperationException(
        "pte_offset_map_rw_nolock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Returns the entry for {@code addr} in a kernel PTE table below {@code pmd}: no RCU, no map, no
   * unmap.
   *
   * <p>Kernel: {@code pte_offset_kernel()} in include/linux/pgtable.h.
   *
   * <p>Locking: Only on tables reached from {@code init_mm}; user tables go through the {@code
   * pte_offset_map*} family.
   *
   * <p>Rule keys: {@code pte.kernel.accessor.user}.
   *
   * @param pmd the PMD entry
   * @param addr the address
   * @return the entry
   */
  @MapsPte(kind = PteMapKind.KERNEL, pmd = "pmd")
  @KernelTablesOnly("pmd")
  public static Pte pte_offset_kernel(Pmd pmd, long addr) {
    throw new UnsupportedOperationException(
        "pte_offset_kernel: the simulated mm runtime is not implemented yet");
  }

  /**
   * Unmaps a PTE table mapped without its lock, leaving RCU.
   *
   * <p>Kernel: {@code pte_unmap()} in include/linux/pgtable.h.
   *
   * <p>Locking: The pte must be mapped and non-null; it is unmapped exactly once and not used
   * afterwards.
   *
   * <p>Rule keys: {@code pte.unmap.missing}, {@code pte.use.after.unmap}, {@code
   * lock.release.not.held}.
   *
   * @param pte the PTE entry
   */
  @UnmapsPte("pte")
  public static void pte_unmap(Pte pte) {
    throw new UnsupportedOperationException(
        "pte_unmap: the simulated mm runtime is not implemented yet");
  }

  /**
   * Releases the PTE lock {@code ptl}, then unmaps the PTE table.
   *
   * <p>Kernel: {@code pte_unmap_unlock()} in include/linux/mm.h.
   *
   * <p>Locking: {@code ptl} must be held and {@code pte} mapped; neither is used afterwards.
   *
   * <p>Rule keys: {@code pte.unmap.missing}, {@code pte.use.after.unmap}, {@code
   * lock.release.not.held}.
   *
   * @param pte the PTE entry
   * @param ptl the PTE lock taken with the map
   */
  @Releases(kind = LockKind.PTE_LOCK, on = "ptl")
  @UnmapsPte("pte")
  public static void pte_unmap_unlock(Pte pte, Spinlock ptl) {
    throw new UnsupportedOperationException(
        "pte_unmap_unlock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Returns the lock of the PTE table below {@code pmd}, without taking it.
   *
   * <p>Kernel: {@code pte_lockptr()} in include/linux/mm.h.
   *
   * <p>Locking: Takes nothing; take the result with {@link #spin_lock}.
   *
   * <p>Rule keys: none.
   *
   * @param mm the mm
   * @param pmd the PMD entry
   * @return the PTE table's lock
   */
  public static Spinlock pte_lockptr(MmStruct mm, Pmd pmd) {
    throw new UnsupportedOperationException(
        "pte_lockptr: the simulated mm runtime is not implemented yet");
  }

  /**
   * Takes and returns the lock of the PMD table holding {@code pmd}.
   *
   * <p>Kernel: {@code pmd_lock()} in include/linux/mm.h.
   *
   * <p>Locking: A spinlock: atomic context until {@link #spin_unlock} of the result.
   *
   * <p>Rule keys: {@code lock.leak}, {@code lock.order}, {@code lock.double.acquire}, {@code
   * sleep.in.atomic}.
   *
   * @param mm the mm
   * @param pmd the PMD entry
   * @return the PMD lock, held
   */
  @Acquires(kind = LockKind.PMD_LOCK, on = "result")
  public static Spinlock pmd_lock(MmStruct mm, Pmd pmd) {
    throw new UnsupportedOperationException(
        "pmd_lock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Takes and returns {@code mm->page_table_lock}, the lock of the PUD level.
   *
   * <p>Kernel: {@code pud_lock()} in include/linux/mm.h.
   *
   * <p>Locking: A spinlock: atomic context until {@link #spin_unlock} of the result.
   *
   * <p>Rule keys: {@code lock.leak}, {@code lock.order}, {@code lock.double.acquire}, {@code
   * sleep.in.atomic}.
   *
   * @param mm the mm
   * @param pud the PUD entry
   * @return the page-table lock, held
   */
  @Acquires(kind = LockKind.PAGE_TABLE_LOCK, on = "result")
  public static Spinlock pud_lock(MmStruct mm, Pud pud) {
    throw new UnsupportedOperationException(
        "pud_lock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Takes a page-table spinlock.
   *
   * <p>Kernel: {@code spin_lock()} in include/linux/spinlock.h.
   *
   * <p>Locking: Not reentrant; atomic context until {@link #spin_unlock}. All page-table spinlock
   * kinds are one class for the checker.
   *
   * <p>Rule keys: {@code lock.double.acquire}, {@code lock.order}, {@code lock.leak}, {@code
   * sleep.in.atomic}.
   *
   * @param l the lock
   */
  @Acquires(kind = LockKind.PTE_LOCK, on = "l")
  public static void spin_lock(Spinlock l) {
    throw new UnsupportedOperationException(
        "spin_lock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Releases a page-table spinlock.
   *
   * <p>Kernel: {@code spin_unlock()} in include/linux/spinlock.h.
   *
   * <p>Locking: {@code l} must be held. It does not unmap a PTE: a map still needs {@link
   * #pte_unmap}.
   *
   * <p>Rule keys: {@code lock.release.not.held}, {@code pte.unmap.missing}.
   *
   * @param l the lock
   */
  @Releases(kind = LockKind.PTE_LOCK, on = "l")
  public static void spin_unlock(Spinlock l) {
    throw new UnsupportedOperationException(
        "spin_unlock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Reads the PTE entry once.
   *
   * <p>Kernel: {@code ptep_get()} in include/linux/pgtable.h.
   *
   * <p>Locking: The pte must be non-null and still mapped (or, for a huge or kernel pte, its walk's
   * lock still held). Compared by {@link #pte_same} under the PTE lock it revalidates the entry.
   *
   * <p>Rule keys: {@code null.unchecked}, {@code pte.use.after.unmap}, {@code
   * pte.write.unvalidated}.
   *
   * @param pte the PTE entry
   * @return the PTE value
   */
  @AccessesPte("pte")
  @ReadsPte("pte")
  public static long ptep_get(Pte pte) {
    throw new UnsupportedOperationException(
        "ptep_get: the simulated mm runtime is not implemented yet");
  }

  /**
   * Reads the PTE entry once, without the PTE lock.
   *
   * <p>Kernel: {@code ptep_get_lockless()} in include/linux/pgtable.h.
   *
   * <p>Locking: The pte must be non-null and still mapped (or, for a huge or kernel pte, its walk's
   * lock still held). Compared by {@link #pte_same} under the PTE lock it revalidates the entry.
   *
   * <p>Rule keys: {@code null.unchecked}, {@code pte.use.after.unmap}, {@code
   * pte.write.unvalidated}.
   *
   * @param pte the PTE entry
   * @return the PTE value
   */
  @AccessesPte("pte")
  @ReadsPte("pte")
  public static long ptep_get_lockless(Pte pte) {
    throw new UnsupportedOperationException(
        "ptep_get_lockless: the simulated mm runtime is not implemented yet");
  }

  /**
   * Whether a PTE value is empty.
   *
   * <p>Kernel: {@code pte_none()} in arch/x86/include/asm/pgtable.h.
   *
   * <p>Locking: A pure value test; no lock.
   *
   * <p>Rule keys: none.
   *
   * @param pteval a PTE value
   * @return true when {@code pteval} is 0
   */
  public static boolean pte_none(long pteval) {
    return pteval == 0;
  }

  /**
   * Whether a PTE value is present (present bit {@code 0x1} set).
   *
   * <p>Kernel: {@code pte_present()} in arch/x86/include/asm/pgtable.h.
   *
   * <p>Locking: A pure value test; no lock.
   *
   * <p>Rule keys: none.
   *
   * @param pteval a PTE value
   * @return true when the present bit is set
   */
  public static boolean pte_present(long pteval) {
    return (pteval & _PAGE_PRESENT) != 0;
  }

  /**
   * Whether two PTE values are equal.
   *
   * <p>Kernel: {@code pte_same()} in include/linux/pgtable.h.
   *
   * <p>Locking: A pure value test. True under the PTE lock with one side a fresh {@link #ptep_get}
   * read, it revalidates the entry before a write.
   *
   * <p>Rule keys: {@code pte.write.unvalidated}.
   *
   * @param a a PTE value
   * @param b the other PTE value
   * @return true when equal
   */
  @Revalidates
  public static boolean pte_same(long a, long b) {
    return a == b;
  }

  /**
   * Stores {@code pteval} into the PTE entry.
   *
   * <p>Kernel: {@code set_pte_at()} in include/linux/pgtable.h.
   *
   * <p>Locking: Needs the PTE lock of {@code pte} held and a writable mapping ({@code
   * pte_offset_map_lock}, or {@code pte_offset_map_rw_nolock} + {@code spin_lock} + {@code
   * pmd_same} unless the mmap write lock of {@code mm} is held); the mmap write lock or RCU alone
   * is not enough.
   *
   * <p>Rule keys: {@code pte.write.unlocked}, {@code pte.write.readonly}, {@code
   * pte.write.unvalidated}, {@code pte.use.after.unmap}.
   *
   * @param mm the mm
   * @param addr the address
   * @param pte the PTE entry
   * @param pteval a PTE value
   */
  @AccessesPte(value = "pte", write = true, mm = "mm")
  public static void set_pte_at(MmStruct mm, long addr, Pte pte, long pteval) {
    throw new UnsupportedOperationException(
        "set_pte_at: the simulated mm runtime is not implemented yet");
  }

  /**
   * Clears the PTE entry.
   *
   * <p>Kernel: {@code pte_clear()} in arch/x86/include/asm/pgtable.h.
   *
   * <p>Locking: Needs the PTE lock of {@code pte} held and a writable mapping ({@code
   * pte_offset_map_lock}, or {@code pte_offset_map_rw_nolock} + {@code spin_lock} + {@code
   * pmd_same} unless the mmap write lock of {@code mm} is held); the mmap write lock or RCU alone
   * is not enough.
   *
   * <p>Rule keys: {@code pte.write.unlocked}, {@code pte.write.readonly}, {@code
   * pte.write.unvalidated}, {@code pte.use.after.unmap}.
   *
   * @param mm the mm
   * @param addr the address
   * @param pte the PTE entry
   */
  @AccessesPte(value = "pte", write = true, mm = "mm")
  public static void pte_clear(MmStruct mm, long addr, Pte pte) {
    throw new UnsupportedOperationException(
        "pte_clear: the simulated mm runtime is not implemented yet");
  }

  /**
   * Atomically reads and clears the PTE entry.
   *
   * <p>Kernel: {@code ptep_get_and_clear()} in include/linux/pgtable.h.
   *
   * <p>Locking: Needs the PTE lock of {@code pte} held and a writable mapping ({@code
   * pte_offset_map_lock}, or {@code pte_offset_map_rw_nolock} + {@code spin_lock} + {@code
   * pmd_same} unless the mmap write lock of {@code mm} is held); the mmap write lock or RCU alone
   * is not enough.
   *
   * <p>Rule keys: {@code pte.write.unlocked}, {@code pte.write.readonly}, {@code
   * pte.write.unvalidated}, {@code pte.use.after.unmap}.
   *
   * @param mm the mm
   * @param addr the address
   * @param pte the PTE entry
   * @return the old PTE value
   */
  @AccessesPte(value = "pte", write = true, mm = "mm")
  public static long ptep_get_and_clear(MmStruct mm, long addr, Pte pte) {
    throw new UnsupportedOperationException(
        "ptep_get_and_clear: the simulated mm runtime is not implemented yet");
  }

  /**
   * Installs an empty PTE table below {@code pmd} if it has none; may sleep (allocates).
   *
   * <p>Kernel: {@code pte_alloc()} in include/linux/mm.h ({@code __pte_alloc()} in mm/memory.c).
   *
   * <p>Locking: Needs the mmap lock of {@code mm} or a VMA lock of a VMA of {@code mm}; an rmap
   * lock alone is not enough (the {@code vms_clear_ptes} window). Never in atomic context.
   *
   * <p>Rule keys: {@code pt.install.rmap.only}, {@code sleep.in.atomic}.
   *
   * @param mm the mm
   * @param pmd the PMD entry
   * @return 0 on success, {@code -ENOMEM} otherwise
   */
  @MightSleep
  @RequiresAny(
      value = {
        @Requires(kind = LockKind.MMAP_READ, on = "mm"),
        @Requires(kind = LockKind.VMA_READ, on = "mm")
      },
      rule = "pt.install.rmap.only")
  public static int pte_alloc(MmStruct mm, Pmd pmd) {
    throw new UnsupportedOperationException(
        "pte_alloc: the simulated mm runtime is not implemented yet");
  }

  /**
   * Zaps the leaf entries of {@code [addr, addr + size)} in {@code vma}, leaving the tables.
   *
   * <p>Kernel: {@code zap_page_range_single()} in mm/memory.c.
   *
   * <p>Locking: The VMA must be stable: the mmap lock of {@code vma.vm_mm}, a VMA lock of {@code
   * vma}, or an rmap lock of {@code vma}.
   *
   * <p>Rule keys: {@code vma.unstable}.
   *
   * @param vma the VMA
   * @param addr the address
   * @param size the length in bytes
   */
  @RequiresVmaStable("vma")
  public static void zap_page_range_single(VmAreaStruct vma, long addr, long size) {
    throw new UnsupportedOperationException(
        "zap_page_range_single: the simulated mm runtime is not implemented yet");
  }

  /**
   * Frees the page tables of a detached, zapped VMA.
   *
   * <p>Kernel: {@code free_pgtables()} in mm/memory.c.
   *
   * <p>Locking: Needs the mmap write lock of {@code mm}, the VMA write lock of {@code vma} and the
   * rmap write lock of {@code vma} ({@code i_mmap_rwsem} of its file, or its {@code anon_vma}).
   *
   * <p>Rule keys: {@code pt.free.locks}, {@code mmap.write.required}.
   *
   * @param mm the mm
   * @param vma the VMA
   */
  @RequiresMmapWrite("mm")
  @Requires(kind = LockKind.VMA_WRITE, on = "vma", rule = "pt.free.locks")
  @RequiresAny(
      value = {
        @Requires(kind = LockKind.I_MMAP_WRITE, on = "vma.vm_file.f_mapping"),
        @Requires(kind = LockKind.ANON_VMA_WRITE, on = "vma.anon_vma")
      },
      rule = "pt.free.locks")
  public static void free_pgtables(MmStruct mm, VmAreaStruct vma) {
    throw new UnsupportedOperationException(
        "free_pgtables: the simulated mm runtime is not implemented yet");
  }
}

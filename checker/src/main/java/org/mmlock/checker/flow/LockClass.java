package org.mmlock.checker.flow;

import org.mmlock.qual.LockKind;

/**
 * The lock classes mmlock tracks, with their place in the documented order (mm/rmap.c,
 * process_addrs.rst "Lock ordering"): a lower rank is taken first. All page-table spinlocks
 * ({@code PTE_LOCK}, {@code PMD_LOCK}, {@code PAGE_TABLE_LOCK}) are one class: they may alias
 * each other when split page-table locks are off.
 */
public enum LockClass {
  MMAP(0, true),
  VMA(-1, false),
  HVMA(2, true),
  I_MMAP(3, true),
  ANON_VMA(4, true),
  SPIN(5, false),
  RCU(-1, false),
  WALKER(-1, false);

  /** Order rank, or -1 when the class takes no part in the order. */
  public final int rank;
  /** Whether taking it may sleep. */
  public final boolean sleeping;

  LockClass(int rank, boolean sleeping) {
    this.rank = rank;
    this.sleeping = sleeping;
  }

  /** The rank of a held lock in the order; VMA write locks sit between mmap and hugetlb VMA locks. */
  public static int rankOf(LockClass c, Mode m) {
    return c == VMA ? (m == Mode.WRITE ? 1 : -1) : c.rank;
  }

  public static LockClass of(LockKind k) {
    switch (k) {
      case MMAP_READ:
      case MMAP_WRITE:
        return MMAP;
      case VMA_READ:
      case VMA_WRITE:
        return VMA;
      case I_MMAP_READ:
      case I_MMAP_WRITE:
        return I_MMAP;
      case ANON_VMA_READ:
      case ANON_VMA_WRITE:
        return ANON_VMA;
      case HUGETLB_VMA_READ:
      case HUGETLB_VMA_WRITE:
        return HVMA;
      case RCU:
        return RCU;
      case HUGETLB_WALKER:
        return WALKER;
      default:
        return SPIN;
    }
  }

  /** The mode a kind names. */
  public static Mode modeOf(LockKind k) {
    switch (k) {
      case MMAP_READ:
      case VMA_READ:
      case I_MMAP_READ:
      case ANON_VMA_READ:
      case HUGETLB_VMA_READ:
        return Mode.READ;
      default:
        return Mode.WRITE;
    }
  }

  /** The kind a lock of this class held in this mode is (the inverse of {@link #of} and {@link #modeOf}). */
  public static LockKind kindOf(LockClass c, Mode m) {
    boolean w = m == Mode.WRITE;
    switch (c) {
      case MMAP: return w ? LockKind.MMAP_WRITE : LockKind.MMAP_READ;
      case VMA: return w ? LockKind.VMA_WRITE : LockKind.VMA_READ;
      case HVMA: return w ? LockKind.HUGETLB_VMA_WRITE : LockKind.HUGETLB_VMA_READ;
      case I_MMAP: return w ? LockKind.I_MMAP_WRITE : LockKind.I_MMAP_READ;
      case ANON_VMA: return w ? LockKind.ANON_VMA_WRITE : LockKind.ANON_VMA_READ;
      case RCU: return LockKind.RCU;
      case WALKER: return LockKind.HUGETLB_WALKER;
      default: return LockKind.PTE_LOCK;
    }
  }

  /** Whether a lock of this class can be re-taken while held (RCU, walker, VMA write). */
  public static boolean reentrant(LockClass c, Mode m) {
    return c == RCU || c == WALKER || (c == VMA && m == Mode.WRITE);
  }
}

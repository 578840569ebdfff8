package org.mmlock.qual;

/** How a {@link MapsPte} method maps a PTE, and so what its result may be used for. */
public enum PteMapKind {
  /** {@code pte_offset_map}: mapped under RCU, no lock; read-only. */
  PLAIN,
  /** {@code pte_offset_map_lock}: mapped, locked and revalidated; writable. */
  LOCKED,
  /** {@code pte_offset_map_ro_nolock}: mapped, lock pointer returned; never written. */
  RO_NOLOCK,
  /** {@code pte_offset_map_rw_nolock}: mapped; writable after {@code spin_lock(ptl)} and a {@code pmd_same} check. */
  RW_NOLOCK,
  /** {@code pte_offset_kernel}: kernel tables, not mapped, never unmapped. */
  KERNEL,
  /** A hugetlb PTE from {@code hugetlb_walk}/{@code huge_pte_offset}: not mapped; valid while its walk's lock is held. */
  HUGE
}

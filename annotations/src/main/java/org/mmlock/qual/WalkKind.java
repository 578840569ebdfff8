package org.mmlock.qual;

/** Which page-table walker a {@link PageWalk} method is (mm/pagewalk.c). */
public enum WalkKind {
  /** {@code walk_page_range}: the VMAs of a user mm. */
  RANGE,
  /** {@code walk_page_vma}, {@code walk_page_range_vma}: one VMA. */
  VMA,
  /** {@code walk_page_range_mm}: mm-internal; the only walker that may install PTEs. */
  MM_INTERNAL,
  /** {@code walk_page_range_novma}: page tables without regard to VMAs. */
  NOVMA,
  /** {@code walk_kernel_page_table_range}: kernel page tables (init_mm). */
  KERNEL,
  /** {@code walk_page_mapping}: every VMA mapping a file range. */
  MAPPING
}

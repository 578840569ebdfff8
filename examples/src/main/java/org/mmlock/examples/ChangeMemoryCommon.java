package org.mmlock.examples;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

/**
 * {@code __change_memory_common()} from arch/arm64/mm/pageattr.c, as rewritten by Dev Jain's
 * series "Enable permission change on arm64 kernel block mappings" (v2, June 2025: patch 1/2 "mm:
 * Allow lockless kernel pagetable walking", patch 2/2 "arm64: pageattr: Use
 * walk_page_range_novma() to change memory permissions"). Source: seed
 * {@code 003_5348d8d86ded2080.txt}; notes rules 27 WALK-OPS-NO-INSTALL and 28 WALK-KERNEL. The
 * lockless walker was merged later as {@code walk_kernel_page_table_range_lockless()} (commit not
 * checked); this transliteration keeps the v2 form the seed reviews.
 *
 * <p>arm64 changes the permissions of vmalloc objects ({@code set_memory_ro()} and friends, and
 * KFENCE's {@code set_memory_valid()} from softirq context) without the {@code init_mm} mmap lock.
 * The caller owns the range exclusively, so {@code pageattr_ops} uses {@code PGWALK_NOLOCK}, which
 * {@code walk_kernel_page_table_range()} accepts (and every user-mm walker rejects with
 * {@code -EINVAL}). The {@code pte_entry} callback rewrites the kernel PTE in place; the PUD/PMD
 * callbacks for block mappings are elided.
 *
 * <p>Demonstrates: a lockless kernel walk with {@code PGWALK_NOLOCK} ({@code walk.nolock.user},
 * {@code mmap.required} done right) from a {@code static final} ops.
 */
public final class ChangeMemoryCommon {
  private ChangeMemoryCommon() {}

  /** {@code struct page_change_data}. */
  static final class PageChangeData {
    long set_mask;
    long clear_mask;
  }

  /**
   * {@code set_pageattr_masks()}: applies the masks of {@code walk->private} to a PTE value.
   *
   * @param val the entry value
   * @param walk the walk state
   * @return the new entry value
   */
  static long set_pageattr_masks(long val, MmWalk walk) {
    PageChangeData masks = (PageChangeData) walk.priv;

    val &= ~masks.clear_mask;
    val |= masks.set_mask;

    return val;
  }

  /**
   * {@code pageattr_ops}: {@code .pte_entry = pageattr_pte_entry, .walk_lock = PGWALK_NOLOCK}.
   * {@code __ptep_get()} / {@code __set_pte()} are written {@code ptep_get} / {@code set_pte_at}.
   */
  static final MmWalkOps pageattr_ops =
      new MmWalkOps(
          PageWalkLock.PGWALK_NOLOCK,
          (pte, addr, next, walk) -> {
            long val = ptep_get(pte); /* __ptep_get(pte) */

            val = set_pageattr_masks(val, walk);
            set_pte_at(walk.mm, addr, pte, val); /* __set_pte(pte, val) */

            return 0;
          });

  /**
   * {@code __change_memory_common()}: changes the permissions of {@code [start, start + size)}, a
   * kernel range the caller owns, without the {@code init_mm} mmap lock.
   *
   * @param start start of the range
   * @param size size of the range
   * @param set_mask bits to set in each entry
   * @param clear_mask bits to clear in each entry
   * @return 0 or the walk's error
   */
  public static int __change_memory_common(long start, long size, long set_mask, long clear_mask) {
    PageChangeData data = new PageChangeData();
    int ret;

    data.set_mask = set_mask;
    data.clear_mask = clear_mask;

    ret = walk_kernel_page_table_range(start, start + size, pageattr_ops, null, data);
    /* flush_tlb_kernel_range(start, start + size) */
    return ret;
  }
}

package org.mmlock.examples.buggy;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.MightSleep;

/**
 * Buggy twin of {@code org.mmlock.examples.WpSharedMappingRange} ({@code
 * wp_shared_mapping_range()}, mm/mapping_dirty_helpers.c). Source: notes rule 32 WALK-MAPPING
 * (pagewalk.c {@code walk_page_mapping} kernel-doc: "@mapping->i_mmap_rwsem must be held").
 *
 * <p>Wrong: the mapping is walked without {@code i_mmap_rwsem}. {@code walk_page_mapping()}
 * iterates the mapping's interval tree of VMAs, which belong to many processes; without the lock
 * a concurrent munmap or mremap in any of them can remove a VMA and free its page tables while the
 * walk is inside them ({@code lockdep_assert_held(&mapping->i_mmap_rwsem)} fires). No mmap lock
 * could replace it.
 *
 * <p>Expected: {@code walk.mapping.i_mmap} on the {@code walk_page_mapping} call.
 */
public final class WpSharedMappingRangeBuggy {
  private WpSharedMappingRangeBuggy() {}

  static final long _PAGE_RW = 0x2;

  static final class WpWalk {
    long total;
  }

  static boolean pte_write(long pte) {
    return (pte & _PAGE_RW) != 0;
  }

  static final MmWalkOps wp_walk_ops =
      new MmWalkOps(
          PageWalkLock.PGWALK_RDLOCK,
          (pte, addr, end, walk) -> {
            WpWalk wpwalk = (WpWalk) walk.priv;
            long ptent = ptep_get(pte);

            if (pte_write(ptent)) {
              long old_pte = ptep_get_and_clear(walk.mm, addr, pte);

              ptent = old_pte & ~_PAGE_RW;
              set_pte_at(walk.mm, addr, pte, ptent);
              wpwalk.total++;
            }

            return 0;
          });

  @MightSleep
  public static long wp_shared_mapping_range(AddressSpace mapping, long first_index, long nr) {
    WpWalk wpwalk = new WpWalk();

    // :: error: [walk.mapping.i_mmap]
    walk_page_mapping(mapping, first_index, nr, wp_walk_ops, wpwalk);

    return wpwalk.total;
  }
}

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
 * Buggy twin of {@code org.mmlock.examples.ChangeMemoryCommon} ({@code __change_memory_common()},
 * arch/arm64/mm/pageattr.c, Dev Jain's v2 series "Enable permission change on arm64 kernel block
 * mappings"). Source: seed {@code 003_5348d8d86ded2080.txt}; notes rule 28 WALK-KERNEL.
 *
 * <p>Wrong: the lockless {@code pageattr_ops} ({@code PGWALK_NOLOCK}) is reused to change the
 * permissions of a range of a <em>user</em> mm through {@code walk_page_range()}. The seed patch
 * makes every user-mm walker reject {@code PGWALK_NOLOCK} with {@code -EINVAL}
 * ({@code process_mm_walk_lock}; Lorenzo Stoakes's {@code OPS_MAY_AVOID_LOCK} capability is given
 * only to {@code walk_kernel_page_table_range()}): nobody can own a user range exclusively, page
 * faults, munmap and reclaim race with the walk. Holding the mmap read lock around the call does
 * not make the mode acceptable.
 *
 * <p>Expected: {@code walk.nolock.user} on the {@code walk_page_range} call.
 */
public final class ChangeMemoryCommonBuggy {
  private ChangeMemoryCommonBuggy() {}

  static final class PageChangeData {
    long set_mask;
    long clear_mask;
  }

  static long set_pageattr_masks(long val, MmWalk walk) {
    PageChangeData masks = (PageChangeData) walk.priv;

    val &= ~masks.clear_mask;
    val |= masks.set_mask;

    return val;
  }

  static final MmWalkOps pageattr_ops =
      new MmWalkOps(
          PageWalkLock.PGWALK_NOLOCK,
          (pte, addr, next, walk) -> {
            long val = ptep_get(pte);

            val = set_pageattr_masks(val, walk);
            set_pte_at(walk.mm, addr, pte, val);

            return 0;
          });

  /**
   * {@code __change_memory_common()} misapplied to a user range of {@code mm}.
   *
   * @param mm a user mm
   * @param start start of the range
   * @param size size of the range
   * @param set_mask bits to set in each entry
   * @param clear_mask bits to clear in each entry
   * @return 0 or the walk's error
   */
  @MightSleep
  public static int change_user_memory_common(MmStruct mm, long start, long size, long set_mask, long clear_mask) {
    PageChangeData data = new PageChangeData();
    int ret;

    data.set_mask = set_mask;
    data.clear_mask = clear_mask;

    mmap_read_lock(mm);
    // :: error: [walk.nolock.user]
    ret = walk_page_range(mm, start, start + size, pageattr_ops, data);
    mmap_read_unlock(mm);
    return ret;
  }
}

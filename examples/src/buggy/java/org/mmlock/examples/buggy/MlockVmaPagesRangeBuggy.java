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
import org.mmlock.qual.RequiresMmapWrite;

/**
 * Buggy twin of {@code org.mmlock.examples.MlockVmaPagesRange} ({@code mlock_vma_pages_range()},
 * mm/mlock.c). Source: notes rule 25 WALK-RANGE-WALKLOCK, bugs table #13 (49b0638502da).
 *
 * <p>Wrong: {@code vm_flags} is changed and the range walked with {@code PGWALK_WRLOCK_VERIFY}
 * without {@code vma_start_write(vma)}. The mmap write lock alone does not exclude page faults
 * handled under a per-VMA read lock ({@code lock_vma_under_rcu}), which can then see the transient
 * {@code VM_LOCKED|VM_IO} flags or map pages the walk misses; {@code process_vma_walk_lock()}
 * asserts {@code vma_assert_write_locked(vma)} for this mode. This is the class of bug
 * 49b0638502da fixed for page walkers that modify page tables under the mmap write lock.
 *
 * <p>Expected: {@code walk.lock.mode} on the {@code walk_page_range} call.
 */
public final class MlockVmaPagesRangeBuggy {
  private MlockVmaPagesRangeBuggy() {}

  static final long VM_LOCKED = 0x00002000L;
  static final long VM_IO = 0x00004000L;

  static int mlock_pte_range(Pte pte, long addr, long next, MmWalk walk) {
    VmAreaStruct vma = walk.vma;
    long ptent = ptep_get(pte);
    if (!pte_present(ptent)) {
      return 0;
    }
    /* folio = vm_normal_folio(vma, addr, ptent); */
    if ((vma.vm_flags & VM_LOCKED) != 0) {
      /* mlock_folio(folio); */
    } else {
      /* munlock_folio(folio); */
    }
    return 0;
  }

  static final MmWalkOps mlock_walk_ops =
      new MmWalkOps(PageWalkLock.PGWALK_WRLOCK_VERIFY, MlockVmaPagesRangeBuggy::mlock_pte_range);

  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static void mlock_vma_pages_range(VmAreaStruct vma, long start, long end, long newflags) {
    if ((newflags & VM_LOCKED) != 0) {
      newflags |= VM_IO;
    }
    vma.vm_flags = newflags;

    // :: error: [walk.lock.mode]
    walk_page_range(vma.vm_mm, start, end, mlock_walk_ops, null);

    if ((newflags & VM_IO) != 0) {
      newflags &= ~VM_IO;
      vma.vm_flags = newflags;
    }
  }
}

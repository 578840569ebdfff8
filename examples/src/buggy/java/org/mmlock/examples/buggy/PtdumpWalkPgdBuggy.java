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
 * Buggy twin of {@code org.mmlock.examples.PtdumpWalkPgd} ({@code ptdump_walk_pgd()},
 * mm/ptdump.c): the code before 8782fb61cc84 ("mm: pagewalk: Fix race between unmap and page
 * walker", Steven Price, v6.0). Source: seed {@code 002_a3f140a3a2eb82eb.txt}; notes rule 29
 * WALK-DEBUG-USER, bugs table #1.
 *
 * <p>Wrong: the no-VMA walk of a (possibly user) mm runs under the mmap <em>read</em> lock.
 * {@code munmap()} detaches the VMAs, downgrades its write lock to read and only then tears down
 * the PTEs and page tables, so this walker can run concurrently with the freeing of the tables it
 * walks (a use-after-free). {@code walk_page_range_novma()} now asserts the write lock for any mm
 * other than {@code init_mm}.
 *
 * <p>Expected: {@code walk.novma.user.write} on the {@code walk_page_range_novma} call.
 */
public final class PtdumpWalkPgdBuggy {
  private PtdumpWalkPgdBuggy() {}

  static final class PtdumpRange {
    final long start;
    final long end;

    PtdumpRange(long start, long end) {
      this.start = start;
      this.end = end;
    }
  }

  static final class PtdumpState {
    final PtdumpRange[] range;
    long last_addr;
    int last_level;
    long last_val;

    PtdumpState(PtdumpRange[] range) {
      this.range = range;
    }

    void note_page(long addr, int level, long val) {
      last_addr = addr;
      last_level = level;
      last_val = val;
    }
  }

  static final MmWalkOps ptdump_ops =
      new MmWalkOps(
          PageWalkLock.PGWALK_RDLOCK,
          (pte, addr, next, walk) -> {
            PtdumpState st = (PtdumpState) walk.priv;
            long val = ptep_get_lockless(pte);
            st.note_page(addr, 4, val);
            return 0;
          });

  @MightSleep
  public static void ptdump_walk_pgd(PtdumpState st, MmStruct mm, Pgd pgd) {
    PtdumpRange[] range = st.range;
    int i = 0;

    mmap_read_lock(mm);
    while (range[i].start != range[i].end) {
      // :: error: [walk.novma.user.write]
      walk_page_range_novma(mm, range[i].start, range[i].end, ptdump_ops, pgd, st);
      i++;
    }
    mmap_read_unlock(mm);

    /* Flush out the last page */
    st.note_page(0, -1, 0);
  }
}

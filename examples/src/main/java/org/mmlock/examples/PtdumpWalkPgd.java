package org.mmlock.examples;

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
 * {@code ptdump_walk_pgd()} from mm/ptdump.c as fixed by 8782fb61cc84 ("mm: pagewalk: Fix race
 * between unmap and page walker", Steven Price, v6.0), and the {@code init_mm} walk of
 * {@code vmemmap_remap_range()} from mm/hugetlb_vmemmap.c. Source: seed
 * {@code 002_a3f140a3a2eb82eb.txt} (Muchun Song, "mm: pagewalk: assert write mmap lock only for
 * walking the user page tables"), notes rules 28 WALK-KERNEL and 29 WALK-DEBUG-USER, bugs table #1
 * and #2.
 *
 * <p>{@code walk_page_range_novma()} walks page tables without looking at VMAs. On a user mm a read
 * lock is not enough: {@code munmap()} detaches the VMAs, downgrades to a read lock and only then
 * frees the page tables, so since 8782fb61cc84 ptdump takes the mmap <em>write</em> lock of the
 * mm it dumps (which may be a user or EFI mm, so the checker treats it as a user mm). For
 * {@code init_mm} Muchun Song's follow-up relaxed the assertion to the read lock, which the next
 * patch of that series used in {@code vmemmap_remap_range()} (since about v6.16 that call is
 * {@code walk_kernel_page_table_range()}). Both {@code mm_walk_ops} leave {@code walk_lock} at its
 * default, {@code PGWALK_RDLOCK}; the no-VMA {@code pte_entry} callbacks run without the PTE lock.
 * The PGD/P4D/PUD/PMD callbacks and {@code pte_hole} of ptdump, and {@code vmemmap_pmd_entry}
 * (which splits a huge vmemmap PMD), are elided.
 *
 * <p>Demonstrates: {@code walk.novma.user.write} and {@code mmap.required} done right.
 */
public final class PtdumpWalkPgd {
  private PtdumpWalkPgd() {}

  /** {@code struct ptdump_range}: an address range to dump; {@code start == end} ends the array. */
  static final class PtdumpRange {
    final long start;
    final long end;

    PtdumpRange(long start, long end) {
      this.start = start;
      this.end = end;
    }
  }

  /** {@code struct ptdump_state}: the ranges to dump and the last entry noted. */
  static final class PtdumpState {
    final PtdumpRange[] range;
    long last_addr;
    int last_level;
    long last_val;

    PtdumpState(PtdumpRange[] range) {
      this.range = range;
    }

    /** {@code st->note_page(st, addr, level, val)}. */
    void note_page(long addr, int level, long val) {
      last_addr = addr;
      last_level = level;
      last_val = val;
    }
  }

  /**
   * {@code ptdump_ops}, reduced to {@code .pte_entry = ptdump_pte_entry}. The entry is read with
   * {@code ptep_get_lockless()}: a no-VMA walk does not take the PTE lock.
   */
  static final MmWalkOps ptdump_ops =
      new MmWalkOps(
          PageWalkLock.PGWALK_RDLOCK,
          (pte, addr, next, walk) -> {
            PtdumpState st = (PtdumpState) walk.priv;
            long val = ptep_get_lockless(pte);
            st.note_page(addr, 4, val);
            return 0;
          });

  /**
   * {@code ptdump_walk_pgd()} after 8782fb61cc84: the mmap write lock of {@code mm}.
   *
   * @param st the dump state and its ranges
   * @param mm the mm dumped (user, EFI or kernel)
   * @param pgd the top-level table to start from, or null for {@code mm}'s
   */
  @MightSleep
  public static void ptdump_walk_pgd(PtdumpState st, MmStruct mm, Pgd pgd) {
    PtdumpRange[] range = st.range;
    int i = 0;

    mmap_write_lock(mm);
    while (range[i].start != range[i].end) {
      walk_page_range_novma(mm, range[i].start, range[i].end, ptdump_ops, pgd, st);
      i++;
    }
    mmap_write_unlock(mm);

    /* Flush out the last page */
    st.note_page(0, -1, 0);
  }

  /** {@code struct vmemmap_remap_walk}, reduced to what the PTE callback uses. */
  static final class VmemmapRemapWalk {
    long reuse_page;
    long nr_walked;
  }

  static final long PAGE_KERNEL_RO = 0x1;

  /**
   * {@code vmemmap_remap_ops}, reduced to {@code .pte_entry = vmemmap_pte_entry} with
   * {@code vmemmap_remap_pte()} inlined: the first PTE gives the page to reuse, every later one is
   * remapped read-only onto it.
   */
  static final MmWalkOps vmemmap_remap_ops =
      new MmWalkOps(
          PageWalkLock.PGWALK_RDLOCK,
          (pte, addr, next, walk) -> {
            VmemmapRemapWalk vmemmap_walk = (VmemmapRemapWalk) walk.priv;
            /* The reuse_page is found 'first' in page table walking before starting remapping. */
            if (vmemmap_walk.reuse_page == 0) {
              vmemmap_walk.reuse_page = ptep_get(pte) >>> 12; /* pte_page(ptep_get(pte)) */
            } else {
              /* vmemmap_remap_pte(): mk_pte(walk->reuse_page, PAGE_KERNEL_RO) */
              set_pte_at(init_mm, addr, pte, (vmemmap_walk.reuse_page << 12) | PAGE_KERNEL_RO);
            }
            vmemmap_walk.nr_walked++;
            return 0;
          });

  /**
   * {@code vmemmap_remap_range()} (mm/hugetlb_vmemmap.c, v6.8): a no-VMA walk of {@code init_mm}
   * under its mmap read lock.
   *
   * @param start start of the vmemmap range
   * @param end end of the vmemmap range
   * @param walk the remap state
   * @return 0 or the walk's error
   */
  @MightSleep
  public static int vmemmap_remap_range(long start, long end, VmemmapRemapWalk walk) {
    mmap_read_lock(init_mm);
    int ret = walk_page_range_novma(init_mm, start, end, vmemmap_remap_ops, null, walk);
    mmap_read_unlock(init_mm);
    if (ret != 0) {
      return ret;
    }
    /* flush_tlb_kernel_range(start, end) */
    return 0;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class Walks {
  static final int EACCES = -13;
  static final long _PAGE_SOFT_DIRTY = 1L << 58, _PAGE_ACCESSED = 0x20;
  static final int MPOL_MF_WRLOCK = 0x20;

  static boolean pfn_modify_allowed(long pfn, long prot) { return pfn != 0 || prot == 0; }

  /** prot_none_walk_ops (mm/mprotect.c) */
  static final MmWalkOps prot_none_walk_ops = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK,
      (pte, addr, next, walk) -> pfn_modify_allowed(ptep_get(pte) >> 12, (Long) walk.priv) ? 0 : EACCES);

  @RequiresMmapWrite("mm")
  @MightSleep
  static int mprotect_fixup_pfn_check(MmStruct mm, long start, long end, long newprot) {
    return walk_page_range(mm, start, end, prot_none_walk_ops, newprot);
  }

  /** clear_refs_pte_range (fs/proc/task_mmu.c), as a pte_entry: clear young/soft-dirty. */
  static int clear_refs_pte(Pte pte, long addr, long next, MmWalk walk) {
    long ptent = ptep_get(pte);
    if (!pte_present(ptent)) return 0;
    long old = ptep_get_and_clear(walk.mm, addr, pte); /* ptep_modify_prot_start */
    set_pte_at(walk.mm, addr, pte, old & ~(_PAGE_SOFT_DIRTY | _PAGE_ACCESSED));
    return 0;
  }

  static final MmWalkOps clear_refs_walk_ops = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK, Walks::clear_refs_pte);

  @MightSleep
  static int clear_refs_write(MmStruct mm) {
    mmap_write_lock(mm);
    walk_page_range(mm, 0, TASK_SIZE, clear_refs_walk_ops, null);
    mmap_write_unlock(mm);
    return 0;
  }

  /** queue_pages_range (mm/mempolicy.c): two ops, chosen by flags */
  static final MmWalkOps queue_pages_walk_ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK,
      (pte, addr, next, walk) -> pte_present(ptep_get(pte)) ? 0 : 1);
  static final MmWalkOps queue_pages_lock_vma_walk_ops = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK,
      (pte, addr, next, walk) -> pte_present(ptep_get(pte)) ? 0 : 1);

  @RequiresMmapRead("mm")
  static int queue_pages_range(MmStruct mm, long start, long end, int flags) {
    return walk_page_range(mm, start, end, queue_pages_walk_ops, null);
  }

  /** madvise_free_single_vma / swapin walk: PGWALK_RDLOCK under mmap read lock */
  static final MmWalkOps swapin_walk_ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK,
      (pte, addr, next, walk) -> { long e = ptep_get(pte); return 0; });

  @MightSleep
  static void madvise_willneed(MmStruct mm, long start, long end) {
    mmap_read_lock(mm);
    VmAreaStruct vma = vma_lookup(mm, start);
    if (vma != null) {
      walk_page_range_vma(vma, start, end, swapin_walk_ops, vma);
    }
    mmap_read_unlock(mm);
  }

  /** a per-VMA-lock walk */
  static final MmWalkOps vma_rdlock_ops = new MmWalkOps(PageWalkLock.PGWALK_VMA_RDLOCK_VERIFY,
      (pte, addr, next, walk) -> 0);

  static int per_vma_walk(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) return -1;
    int r = walk_page_vma(vma, vma_rdlock_ops, null);
    vma_end_read(vma);
    return r;
  }
}

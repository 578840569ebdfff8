import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class MadviseColdPageout {
  static final int SWAP_CLUSTER_MAX = 32;
  static final long _PAGE_ACCESSED = 0x20;

  static boolean need_resched() { return false; }
  static boolean folio_test_large(long ptent) { return (ptent & 0x100) != 0; }
  static boolean folio_trylock(long ptent) { return true; }
  @MightSleep static int split_folio(long ptent) { return 0; }
  @MightSleep static void cond_resched() {}

  /** pmd_entry of cold_walk_ops (PGWALK_RDLOCK): called by the walker with the mmap lock held. */
  @RequiresVmaStable("walk.vma")
  @MightSleep
  static int madvise_cold_or_pageout_pte_range(Pmd pmd, long addr, long end, MmWalk walk, boolean pageout) {
    VmAreaStruct vma = walk.vma;
    MmStruct mm = vma.vm_mm;
    int batch_count = 0;

    if (pmd_trans_huge(pmdp_get(pmd))) {
      Spinlock ptl = pmd_lock(vma.vm_mm, pmd); /* pmd_trans_huge_lock */
      long orig_pmd = pmdp_get(pmd);
      if (!pmd_trans_huge(orig_pmd)) {
        spin_unlock(ptl);
        return 0;
      }
      if (end - addr != PMD_SIZE) {
        spin_unlock(ptl);
        split_folio(orig_pmd);
        return 0;
      }
      spin_unlock(ptl); /* huge_unlock */
      return 0;
    }

    Ref<Spinlock> ptl = new Ref<>();
  restart:
    for (;;) {
      Pte start_pte = pte_offset_map_lock(vma.vm_mm, pmd, addr, ptl);
      if (start_pte == null) {
        return 0;
      }
      Pte pte = start_pte;
      for (; addr < end; addr += PAGE_SIZE) {
        long ptent = ptep_get(pte);

        if (++batch_count == SWAP_CLUSTER_MAX) {
          batch_count = 0;
          if (need_resched()) {
            pte_unmap_unlock(start_pte, ptl.get());
            cond_resched();
            continue restart;
          }
        }
        if (pte_none(ptent)) {
          continue;
        }
        if (folio_test_large(ptent)) {
          if (!folio_trylock(ptent)) {
            continue;
          }
          pte_unmap_unlock(start_pte, ptl.get());
          start_pte = null;
          int err = split_folio(ptent);
          start_pte = pte = pte_offset_map_lock(mm, pmd, addr, ptl);
          if (start_pte == null) {
            break;
          }
          continue;
        }
        if (!pageout && (ptent & _PAGE_ACCESSED) != 0) {
          set_pte_at(mm, addr, pte, ptent & ~_PAGE_ACCESSED); /* clear_young_dirty_ptes */
        }
      }
      if (start_pte != null) {
        pte_unmap_unlock(start_pte, ptl.get());
      }
      cond_resched();
      return 0;
    }
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class MadviseGuard {
  static final long PTE_MARKER_GUARD = 0x4L << 1;

  static final class Nr { long nr_pages; }

  static final MmWalkOps guard_install_walk_ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK,
      (pte, addr, next, walk) -> {           /* guard_install_pte_entry */
        long ptent = ptep_get(pte);
        if (pte_none(ptent)) return 0;
        if (ptent == PTE_MARKER_GUARD) { ((Nr) walk.priv).nr_pages++; return 0; }
        return 1;                              /* zap needed */
      },
      (addr, next, ptep, walk) -> {           /* guard_install_set_pte */
        ptep.set(PTE_MARKER_GUARD);
        ((Nr) walk.priv).nr_pages++;
        return 0;
      });

  static final MmWalkOps guard_remove_walk_ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK,
      (pte, addr, next, walk) -> {           /* guard_remove_pte_entry */
        if (ptep_get(pte) == PTE_MARKER_GUARD) pte_clear(walk.mm, addr, pte); /* pte_clear_not_present_full */
        return 0;
      });

  @RequiresMmapRead("vma.vm_mm")
  static long madvise_guard_install(VmAreaStruct vma, long start, long end) {
    Nr nr = new Nr();
    while (true) {
      int err = walk_page_range_mm(vma.vm_mm, start, end, guard_install_walk_ops, nr);
      if (err < 0) return err;
      if (err == 0) return 0;
      zap_page_range_single(vma, start, end - start);
    }
  }

  @RequiresMmapRead("vma.vm_mm")
  static long madvise_guard_remove(VmAreaStruct vma, long start, long end) {
    return walk_page_range(vma.vm_mm, start, end, guard_remove_walk_ops, null);
  }
}

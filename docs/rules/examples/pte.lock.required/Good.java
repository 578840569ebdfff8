import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PtlFixed {
  static void clearOne(MmStruct mm, long addr, @PteLocked Pte pte) { pte_clear(mm, addr, pte); }

  @RequiresMmapRead("mm")              // keeps the page tables of mm in place
  static void clear(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) return;
    clearOne(mm, addr, pte);          // OK: PTL(ptlp.get()) held
    pte_unmap_unlock(pte, ptlp.get());
  }

  @Requires(kind = LockKind.PMD_LOCK, on = "ptl")   // the caller passes pmd_lock's result
  static void underPmdLock(Spinlock ptl, Pmd pmd) { /* ... change the PMD ... */ }
}

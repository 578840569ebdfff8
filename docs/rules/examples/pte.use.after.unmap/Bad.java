import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Recheck {
  @RequiresMmapRead("mm")              // keeps the page tables of mm in place
  static boolean stillNone(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) return true;
    long val = ptep_get(pte);
    pte_unmap_unlock(pte, ptlp.get());
    // :: error: [pte.use.after.unmap]
    return pte_none(val) && pte_none(ptep_get(pte));  // ERROR: [pte.use.after.unmap]
  }
}

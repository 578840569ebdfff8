import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class RecheckFixed {
  @RequiresMmapRead("mm")              // keeps the page tables of mm in place
  static boolean stillNone(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) return true;
    boolean none = pte_none(ptep_get(pte));   // OK: read while mapped and locked
    pte_unmap_unlock(pte, ptlp.get());
    return none;                              // only the value is used afterwards
  }
}

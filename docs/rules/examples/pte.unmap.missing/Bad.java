import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Present {
  @RequiresMmapRead("mm")              // keeps the page tables of mm in place
  static boolean present(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) return false;
    boolean p = pte_present(ptep_get(pte));
    spin_unlock(ptlp.get());
    // :: error: [pte.unmap.missing]
    return p;                          // ERROR: [pte.unmap.missing] pte is still mapped
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Old {
  @RequiresMmapRead("mm")              // keeps the page tables of mm in place
  static void clearOne(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    if (pte == null) return;
    spin_lock(ptlp.get());
    // :: error: [pte.write.readonly]
    pte_clear(mm, addr, pte);          // ERROR: [pte.write.readonly]
    spin_unlock(ptlp.get());
    pte_unmap(pte);
  }
}

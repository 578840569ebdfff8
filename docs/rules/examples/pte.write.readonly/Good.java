import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class OldFixed {
  @RequiresMmapRead("mm")              // keeps the page tables of mm in place
  static void clearOne(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);   // revalidates internally
    if (pte == null) return;
    pte_clear(mm, addr, pte);          // OK
    pte_unmap_unlock(pte, ptlp.get());
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Twice {
  @RequiresMmapRead("mm")              // keeps the page tables of mm in place
  static void clearOne(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) return;
    // :: error: [lock.double.acquire]
    spin_lock(ptlp.get());               // ERROR: [lock.double.acquire] already held
    pte_clear(mm, addr, pte);
    pte_unmap_unlock(pte, ptlp.get());
  }
}

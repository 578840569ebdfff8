import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Ptl {
  static void clearOne(MmStruct mm, long addr, @PteLocked Pte pte) { pte_clear(mm, addr, pte); }

  @RequiresMmapRead("mm")              // keeps the page tables of mm in place
  static void clear(MmStruct mm, Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) return;
    // :: error: [pte.lock.required]
    clearOne(mm, addr, pte);          // ERROR: [pte.lock.required] mapped, not locked
    pte_unmap(pte);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class LoopNullPte {
  /* pte starts NULL, is re-mapped at the end of each iteration */
  @RequiresMmapRead("mm")
  static long p(MmStruct mm, long addr, int n) {
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    long s = 0;
    Pte pte = null;
    for (int i = 0; i < n; i++) {
      if (pte != null) { s += ptep_get(pte); pte_unmap(pte); }   /* reported: 'pte' may be null */
      pte = pte_offset_map(pmd, addr);
    }
    if (pte != null) pte_unmap(pte);
    return s;
  }
}

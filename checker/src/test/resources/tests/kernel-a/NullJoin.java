import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class NullJoin {
  @RequiresMmapRead("mm")
  static long h(MmStruct mm, long addr, boolean c) {
    VmAreaStruct vma = null;
    if (c) vma = find_vma(mm, addr);
    if (vma != null) return vma.vm_end;
    return 0;
  }
  /* loop, with Pte instead */
  @RequiresMmapRead("mm")
  static long p(MmStruct mm, Pmd pmd, long addr, int n) {
    long s = 0;
    Pte pte = null;
    for (int i = 0; i < n; i++) {
      if (pte != null) { s += ptep_get(pte); pte_unmap(pte); }
      pte = pte_offset_map(pmd, addr);
    }
    if (pte != null) pte_unmap(pte);
    return s;
  }
}

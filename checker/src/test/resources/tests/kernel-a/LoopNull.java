import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class LoopNull {
  /* vma starts null, is re-looked-up at the end of each iteration */
  @RequiresMmapRead("mm")
  static long f(MmStruct mm, long addr, int n) {
    long s = 0;
    VmAreaStruct vma = null;
    for (int i = 0; i < n; i++) {
      if (vma != null) s += vma.vm_end;   /* reported: 'vma' may be null */
      vma = find_vma(mm, addr);
    }
    return s;
  }

  /* starts as find_vma result instead of null */
  @RequiresMmapRead("mm")
  static long g(MmStruct mm, long addr, int n) {
    long s = 0;
    VmAreaStruct vma = find_vma(mm, addr);
    for (int i = 0; i < n; i++) {
      if (vma != null) s += vma.vm_end;
      vma = find_vma(mm, addr);
    }
    return s;
  }
}

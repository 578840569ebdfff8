import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class NullJoinAlias {
  /* vma = NULL; if (c) vma = find_vma(mm, addr); if (vma) ... vma->vm_end */
  @RequiresMmapRead("mm")
  static long h(MmStruct mm, long addr, boolean c) {
    VmAreaStruct vma = null;
    if (c) vma = find_vma(mm, addr);
    if (vma != null) return vma.vm_end;   /* reported: vma.unstable, although MMAP_R(mm) is held */
    return 0;
  }
}

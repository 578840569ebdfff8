import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class Relock1 {
  @MightSleep static void cond_resched() {}
  @RequiresVmaStable("vma")
  @MightSleep
  static int f(VmAreaStruct vma, Pmd pmd, long addr) {
    MmStruct mm = vma.vm_mm;
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) return 0;
    Spinlock ptl = ptlp.get();
    pte_unmap_unlock(pte, ptl);
    cond_resched();
    pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) return 0;
    ptl = ptlp.get();
    pte_unmap_unlock(pte, ptl);
    return 0;
  }
}

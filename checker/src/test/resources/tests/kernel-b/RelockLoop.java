import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

public class RelockLoop {
  @RequiresVmaStable("vma")
  static void f(VmAreaStruct vma, Pmd pmd, long addr, int n) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(vma.vm_mm, pmd, addr, ptlp);
    if (pte == null) return;
    Spinlock ptl = ptlp.get();
    for (int i = 0; i < n; i++) {
      pte_unmap_unlock(pte, ptl);            /* drop the lock to cond_resched() */
      pte = pte_offset_map_lock(vma.vm_mm, pmd, addr, ptlp);
      if (pte == null) return;
      ptl = ptlp.get();
    }
    pte_unmap_unlock(pte, ptl);
  }
}

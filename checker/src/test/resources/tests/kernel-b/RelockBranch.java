import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

public class RelockBranch {
  @RequiresVmaStable("vma")
  static void f(VmAreaStruct vma, Pmd pmd, long addr, boolean c) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(vma.vm_mm, pmd, addr, ptlp);
    if (pte == null) return;
    Spinlock ptl = ptlp.get();
    if (c) {
      pte_unmap_unlock(pte, ptl);
      pte = pte_offset_map_lock(vma.vm_mm, pmd, addr, ptlp);
      if (pte == null) return;
      ptl = ptlp.get();
    }
    pte_unmap_unlock(pte, ptl);
  }
}

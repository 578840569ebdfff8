import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

public class NolockAbort {
  /** collapse_pte_mapped_thp() (v6.13): "abort: ... if (start_pte) pte_unmap_unlock(start_pte, ptl);" */
  @RequiresVmaStable("vma")
  static void f(VmAreaStruct vma, Pmd pmd, long haddr) {
    Ref<Long> pgt_pmd = new Ref<>();
    Ref<Spinlock> ptl = new Ref<>();
    Pte start_pte = pte_offset_map_rw_nolock(vma.vm_mm, pmd, haddr, pgt_pmd, ptl);
    if (start_pte != null) {
      spin_lock(ptl.get());
    }
    /* abort: */
    if (start_pte != null) pte_unmap_unlock(start_pte, ptl.get());
  }
}

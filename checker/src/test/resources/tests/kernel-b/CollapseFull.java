import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class CollapseFull {
  static final int SCAN_SUCCEED = 1, SCAN_FAIL = 2;
  static boolean userfaultfd_armed(VmAreaStruct vma) { return false; }

  @RequiresMmapRead("vma.vm_mm")
  static int collapse_pte_mapped_thp_step2(VmAreaStruct vma, Pmd pmd, long haddr) {
    MmStruct mm = vma.vm_mm;
    int result = SCAN_FAIL;
    Spinlock pml = null;
    if (userfaultfd_armed(vma) && (vma.vm_flags & VM_SHARED) == 0) {
      pml = pmd_lock(mm, pmd);
    }
    Ref<Long> pgt_pmd = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte start_pte = pte_offset_map_rw_nolock(mm, pmd, haddr, pgt_pmd, ptlp);
    abort:
    {
      if (start_pte == null) break abort;
      spin_lock(ptlp.get()); /* spin_lock(ptl) or spin_lock_nested(ptl, SINGLE_DEPTH_NESTING) */
      if (!pmd_same(pgt_pmd.get(), pmdp_get_lockless(pmd))) break abort;
      long pte = ptep_get(start_pte);
      if (!pte_none(pte)) pte_clear(mm, haddr, start_pte);
      result = SCAN_SUCCEED;
    }
    if (start_pte != null) pte_unmap_unlock(start_pte, ptlp.get());
    if (pml != null) spin_unlock(pml);
    return result;
  }
}

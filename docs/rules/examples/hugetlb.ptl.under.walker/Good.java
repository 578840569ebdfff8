import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ClearFixed {
  static void clearEntry(VmAreaStruct vma, long addr) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    hugetlb_vma_lock_read(vma);                // case 2.1 (i_mmap_rwsem, 2.2, would also do)
    Pte pte = hugetlb_walk(vma, addr, huge_page_size(h));
    if (pte != null) {
      Spinlock ptl = huge_pte_lock(h, mm, pte);  // OK: walked under HVMA_R(vma)
      set_huge_pte_at(mm, addr, pte, 0L);
      spin_unlock(ptl);
    }
    hugetlb_vma_unlock_read(vma);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Clear {
  static void clearEntry(VmAreaStruct vma, long addr) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    hugetlb_walker_lock();                     // case 2.3: keeps the table page, not its lock
    Pte pte = hugetlb_walk(vma, addr, huge_page_size(h));
    if (pte != null) {
      // :: error: [hugetlb.ptl.under.walker]
      Spinlock ptl = huge_pte_lock(h, mm, pte);  // ERROR: [hugetlb.ptl.under.walker]
      set_huge_pte_at(mm, addr, pte, 0L);
      spin_unlock(ptl);
    }
    hugetlb_walker_unlock();
  }
}

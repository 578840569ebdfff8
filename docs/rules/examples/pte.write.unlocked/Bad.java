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
  static void clearOne(MmStruct mm, Pmd pmd, long addr) {
    mmap_write_lock(mm);
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte != null) {
      // :: error: [pte.write.unlocked]
      pte_clear(mm, addr, pte);     // ERROR: [pte.write.unlocked] the mmap lock is not the PTE lock
      pte_unmap(pte);
    }
    mmap_write_unlock(mm);
  }

  static void clearParam(MmStruct mm, long addr, Pte pte) {
    // :: error: [pte.write.unlocked]
    pte_clear(mm, addr, pte);       // ERROR: [pte.write.unlocked] pte's lock is unknown
  }
}

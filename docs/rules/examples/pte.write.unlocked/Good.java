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
  static void clearOne(MmStruct mm, Pmd pmd, long addr) {
    mmap_write_lock(mm);
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte != null) {
      spin_lock(ptlp.get());
      pte_clear(mm, addr, pte);     // OK: PTL held; MMAP_W(mm) makes revalidation unnecessary
      spin_unlock(ptlp.get());
      pte_unmap(pte);
    }
    mmap_write_unlock(mm);
  }

  static void clearParam(MmStruct mm, long addr, @PteLocked Pte pte) {
    pte_clear(mm, addr, pte);       // OK: the caller holds the lock (checked at each call)
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class UpdateFixed {
  @RequiresMmapRead("mm")              // keeps the page tables of mm in place
  static void setOne(MmStruct mm, Pmd pmd, long addr, long val) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) return;
    spin_lock(ptlp.get());
    if (pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd))) {
      set_pte_at(mm, addr, pte, val);     // OK: the table is still the one the PMD points to
    }
    spin_unlock(ptlp.get());              // dropping the lock forgets the revalidation
    pte_unmap(pte);
  }
}

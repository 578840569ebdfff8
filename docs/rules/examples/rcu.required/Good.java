import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class LocklessFixed {
  @RequiresRcu                      // reads an RCU-freed structure
  static boolean looksEmpty(@PteMapped Pte pte) { return pte_none(ptep_get_lockless(pte)); }

  @RequiresRcu
  static int peekSlots(MmStruct mm) { return 0; }

  static int probe(MmStruct mm) {
    rcu_read_lock();
    int n = peekSlots(mm);          // OK: RCU
    rcu_read_unlock();
    return n;
  }

  @RequiresMmapRead("mm")           // keeps the page tables of mm in place
  static boolean empty(MmStruct mm, Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) return true;
    boolean e = looksEmpty(pte);    // OK: a mapped PTE implies RCU
    pte_unmap(pte);
    return e;
  }
}

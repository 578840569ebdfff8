import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

  static int probe(MmStruct mm) {
    rcu_read_lock();
    int n = peekSlots(mm);          // OK: RCU
    rcu_read_unlock();
    return n;
  }

  static boolean empty(Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) return true;
    boolean e = looksEmpty(pte);    // OK: a mapped PTE implies RCU
    pte_unmap(pte);
    return e;
  }

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Lockless {
  @RequiresRcu                      // reads an RCU-freed structure
  static boolean looksEmpty(@PteMapped Pte pte) { return pte_none(ptep_get_lockless(pte)); }

  @RequiresRcu
  static int peekSlots(MmStruct mm) { return 0; }

  static int probe(MmStruct mm) {
    // :: error: [rcu.required]
    return peekSlots(mm);           // ERROR: [rcu.required]
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Sleepy {
  static void lockAfterMap(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) return;
    // :: error: [sleep.in.atomic]
    mmap_read_lock(mm);                // ERROR: [sleep.in.atomic] under PTL and RCU
    mmap_read_unlock(mm);
    pte_unmap_unlock(pte, ptlp.get());
  }

  @MightSleep
  static void waitForReaders() { synchronize_rcu(); }

  static void retire() {
    rcu_read_lock();
    // :: error: [sleep.in.atomic]
    waitForReaders();                  // ERROR: [sleep.in.atomic] inside RCU
    rcu_read_unlock();
  }
}

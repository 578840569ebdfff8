import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pgtable.*;

// A Ref refilled by a second map: the first map's lock is another object, still named by a local
// read from the Ref before, and named "(earlier value)" otherwise.
class RefRefilled {
  @RequiresMmapRead("mm")
  static void firstLockKeptInALocal(MmStruct mm, Pmd pmd, Pmd pmd2, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte a = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (a == null) {
      return;
    }
    Spinlock ptl = ptlp.get();
    Ref<Long> pv = new Ref<>();
    Pte b = pte_offset_map_rw_nolock(mm, pmd2, addr, pv, ptlp);
    if (b == null) {
      pte_unmap_unlock(a, ptl);
      return;
    }
    pte_clear(mm, addr, a);
    pte_unmap(b);
    pte_unmap_unlock(a, ptl);
  }

  @RequiresMmapWrite("mm")
  static void firstLockNotTheOneTaken(MmStruct mm, Pmd pmd, Pmd pmd2, long addr) {
    Ref<Long> pv = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte a = pte_offset_map_rw_nolock(mm, pmd, addr, pv, ptlp);
    if (a == null) {
      return;
    }
    Pte b = pte_offset_map_rw_nolock(mm, pmd2, addr, pv, ptlp);
    if (b == null) {
      pte_unmap(a);
      return;
    }
    spin_lock(ptlp.get());
    // :: error: [pte.write.unlocked]
    pte_clear(mm, addr, a);
    pte_clear(mm, addr, b);
    spin_unlock(ptlp.get());
    pte_unmap(b);
    pte_unmap(a);
  }
}

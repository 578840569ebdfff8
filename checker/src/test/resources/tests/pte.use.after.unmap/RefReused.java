import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

// One Ref<Spinlock> serves map after map: after a new _nolock map, ptlp.get() is the new PTE's
// lock, not the lock of the PTE the Ref held before.
class RefReused {
  // ok: pte.use.after.unmap
  @RequiresMmapRead("mm")
  static void twice(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte a = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    if (a == null) {
      return;
    }
    pte_unmap(a);
    Pte b = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    if (b == null) {
      return;
    }
    spin_lock(ptlp.get());
    spin_unlock(ptlp.get());
    pte_unmap(b);
  }

  // ok: pte.use.after.unmap
  @RequiresMmapRead("mm")
  static void loop(MmStruct mm, Pmd pmd, long addr, int n) {
    Ref<Spinlock> ptlp = new Ref<>();
    for (int i = 0; i < n; i++) {
      Pte pte = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
      if (pte == null) {
        continue;
      }
      spin_lock(ptlp.get());
      spin_unlock(ptlp.get());
      pte_unmap(pte);
    }
  }

  @RequiresMmapRead("mm")
  static void firstStillMapped(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte a = pte_offset_map_rw_nolock(mm, pmd, addr, new Ref<>(), ptlp);
    if (a == null) {
      return;
    }
    Pte b = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    if (b != null) {
      spin_lock(ptlp.get());
      // :: error: [pte.write.unlocked]
      pte_clear(mm, addr, a);
      spin_unlock(ptlp.get());
      pte_unmap(b);
    }
    pte_unmap(a);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pgtable.*;

// The mmap write lock that makes revalidation unnecessary is the one of the mm the PTE was
// mapped from, not of whatever mm the write passes.
class WhoseMmapWriteLock {
  @RequiresMmapWrite("other")
  static void otherMmLocked(MmStruct mm, Pmd pmd, long addr, MmStruct other) {
    mmap_read_lock(mm);
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, new Ref<>(), ptlp);
    if (pte != null) {
      spin_lock(ptlp.get());
      // :: error: [pte.write.unvalidated]
      pte_clear(other, addr, pte);
      spin_unlock(ptlp.get());
      pte_unmap(pte);
    }
    mmap_read_unlock(mm);
  }

  // ok: pte.write.unvalidated
  @RequiresMmapWrite("mm")
  static void ownMmLocked(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, new Ref<>(), ptlp);
    if (pte != null) {
      spin_lock(ptlp.get());
      pte_clear(mm, addr, pte);
      spin_unlock(ptlp.get());
      pte_unmap(pte);
    }
  }
}

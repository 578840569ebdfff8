import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

// pte_same(orig, ptep_get(pte)) revalidates only when orig was read before the lock and is not
// none: a detached table holds none entries only, so a none orig (or one read under the same
// lock) would match it (seed 004).
class PteSameNone {
  // orig never tested: it may be none
  @RequiresMmapRead("mm")
  static void notTested(MmStruct mm, Pmd pmd, long addr) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return;
    }
    long orig = ptep_get_lockless(pte);
    spin_lock(ptlp.get());
    if (pte_same(orig, ptep_get(pte))) {
      // :: error: [pte.write.unvalidated]
      pte_clear(mm, addr, pte);
    }
    pte_unmap_unlock(pte, ptlp.get());
  }

  // orig read under the lock it is compared under: it proves nothing
  @RequiresMmapRead("mm")
  static void readUnderLock(MmStruct mm, Pmd pmd, long addr) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return;
    }
    spin_lock(ptlp.get());
    long orig = ptep_get(pte);
    if (pte_none(orig)) {
      pte_unmap_unlock(pte, ptlp.get());
      return;
    }
    if (pte_same(orig, ptep_get(pte))) {
      // :: error: [pte.write.unvalidated]
      pte_clear(mm, addr, pte);
    }
    pte_unmap_unlock(pte, ptlp.get());
  }

  // compared with a constant
  @RequiresMmapRead("mm")
  static void constant(MmStruct mm, Pmd pmd, long addr) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return;
    }
    long orig = ptep_get_lockless(pte);
    spin_lock(ptlp.get());
    if (pte_same(orig, 0L)) {
      // :: error: [pte.write.unvalidated]
      pte_clear(mm, addr, pte);
    }
    pte_unmap_unlock(pte, ptlp.get());
  }

  // ok: pte.write.unvalidated -- handle_pte_fault: orig tested not none, then compared under the
  // lock through a copy
  @RequiresMmapRead("mm")
  static void handlePteFault(MmStruct mm, Pmd pmd, long addr) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return;
    }
    long orig = ptep_get_lockless(pte);
    if (pte_none(orig)) {
      pte_unmap(pte);
      return;
    }
    spin_lock(ptlp.get());
    long entry = orig;
    if (!pte_same(entry, ptep_get(pte))) {
      pte_unmap_unlock(pte, ptlp.get());
      return;
    }
    set_pte_at(mm, addr, pte, entry | 1);
    pte_unmap_unlock(pte, ptlp.get());
  }
}

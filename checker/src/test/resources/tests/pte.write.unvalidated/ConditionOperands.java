import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

// A test proves something only where its value is the condition: an operand of a
// non-short-circuit operator (|, &, ^), or a result thrown away, is not a guard.
class ConditionOperands {
  @RequiresMmapRead("mm")
  static void bitOr(MmStruct mm, Pmd pmd, long addr, long val, boolean force) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return;
    }
    spin_lock(ptlp.get());
    if (pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd)) | force) {
      // :: error: [pte.write.unvalidated]
      set_pte_at(mm, addr, pte, val);
    }
    if (force | pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd))) {
      // :: error: [pte.write.unvalidated]
      set_pte_at(mm, addr, pte, val);
    }
    if (pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd)) ^ true) {
      // :: error: [pte.write.unvalidated]
      set_pte_at(mm, addr, pte, val);
    }
    spin_unlock(ptlp.get());
    pte_unmap(pte);
  }

  @RequiresMmapRead("mm")
  static void discarded(MmStruct mm, Pmd pmd, long addr, long val, boolean force) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return;
    }
    spin_lock(ptlp.get());
    pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd));
    boolean go = force;
    if (go) {
      // :: error: [pte.write.unvalidated]
      set_pte_at(mm, addr, pte, val);
    }
    spin_unlock(ptlp.get());
    pte_unmap(pte);
  }

  @RequiresMmapRead("mm")
  static long nullOperand(MmStruct mm, Pmd pmd, long addr, boolean c) {
    Pte pte = pte_offset_map(pmd, addr);
    long v = 0;
    if (pte != null | c) {
      // :: error: [null.unchecked]
      v = ptep_get(pte);
    }
    if (pte != null) {
      pte_unmap(pte);
    }
    return v;
  }

  // ok: pte.write.unvalidated (short-circuit operators, a comparison with a literal, a negation)
  @RequiresMmapRead("mm")
  static void guards(MmStruct mm, Pmd pmd, long addr, long val, boolean force) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return;
    }
    spin_lock(ptlp.get());
    if (pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd)) && force) {
      set_pte_at(mm, addr, pte, val);
    }
    if (pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd)) == true) {
      set_pte_at(mm, addr, pte, val);
    }
    if (!pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd))) {
      spin_unlock(ptlp.get());
      pte_unmap(pte);
      return;
    }
    set_pte_at(mm, addr, pte, val);
    spin_unlock(ptlp.get());
    pte_unmap(pte);
  }
}

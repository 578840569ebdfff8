import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class UseAfterUnmapBad {
  // Read after pte_unmap_unlock.
  @RequiresMmapRead("mm")
  static boolean readAfter(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return true;
    }
    long val = ptep_get(pte);
    pte_unmap_unlock(pte, ptlp.get());
    // :: error: [pte.use.after.unmap]
    return pte_none(val) && pte_none(ptep_get(pte));
  }

  // Unmapped twice.
  static long doubleUnmap(Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return 0;
    }
    long v = ptep_get(pte);
    pte_unmap(pte);
    // :: error: [pte.use.after.unmap]
    pte_unmap(pte);
    return v;
  }

  // Written after the unmap.
  @RequiresMmapRead("mm")
  static boolean writeAfter(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return false;
    }
    pte_unmap_unlock(pte, ptlp.get());
    // :: error: [pte.use.after.unmap]
    pte_clear(mm, addr, pte);
    return true;
  }

  // Through an alias, in a loop after the unmap.
  static long aliasInLoop(Pmd pmd, long addr, int n) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return 0;
    }
    Pte p = pte;
    long sum = ptep_get(pte);
    pte_unmap(pte);
    for (int i = 0; i < n; i++) {
      // :: error: [pte.use.after.unmap]
      sum += ptep_get_lockless(p);
    }
    return sum;
  }

  // Locking its lock after the unmap.
  @RequiresMmapRead("mm")
  static long lockAfter(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return 0;
    }
    long v = ptep_get_lockless(pte);
    pte_unmap(pte);
    // :: error: [pte.use.after.unmap]
    spin_lock(ptlp.get());
    spin_unlock(ptlp.get());
    return v;
  }

  static long peek(@PteMapped Pte pte) {
    return ptep_get(pte);
  }

  // Passed to a helper that needs it mapped, after the unmap.
  static long helperAfter(Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return 0;
    }
    pte_unmap(pte);
    // :: error: [pte.use.after.unmap]
    return peek(pte);
  }

  // Used after unmapping it in a try/finally.
  static long afterFinally(Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return 0;
    }
    long v;
    try {
      v = ptep_get(pte);
    } finally {
      pte_unmap(pte);
    }
    // :: error: [pte.use.after.unmap]
    return v + ptep_get(pte);
  }
}

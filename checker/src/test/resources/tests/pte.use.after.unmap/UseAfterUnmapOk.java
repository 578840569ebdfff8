import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class UseAfterUnmapOk {
  // ok: pte.use.after.unmap
  @RequiresMmapRead("mm")
  static boolean valueAfter(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return true;
    }
    boolean none = pte_none(ptep_get(pte));
    pte_unmap_unlock(pte, ptlp.get());
    return none;
  }

  // ok: pte.use.after.unmap
  static long remapped(Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return 0;
    }
    long a = ptep_get(pte);
    pte_unmap(pte);
    pte = pte_offset_map(pmd, addr + PAGE_SIZE);
    if (pte == null) {
      return a;
    }
    long b = ptep_get(pte);
    pte_unmap(pte);
    return a + b;
  }

  // ok: pte.use.after.unmap
  static long loopRemapsEach(Pmd pmd, long start, int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      Pte pte = pte_offset_map(pmd, start + i * PAGE_SIZE);
      if (pte == null) {
        break;
      }
      sum += ptep_get(pte);
      pte_unmap(pte);
    }
    return sum;
  }

  // ok: pte.use.after.unmap
  static long unmapInEachBranch(Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return 0;
    }
    long v = ptep_get_lockless(pte);
    if (pte_present(v)) {
      v = ptep_get(pte);
      pte_unmap(pte);
    } else {
      pte_unmap(pte);
    }
    return v;
  }

  // ok: pte.use.after.unmap
  @RequiresMmapRead("mm")
  static long lockBeforeUnmap(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return 0;
    }
    spin_lock(ptlp.get());
    long v = ptep_get(pte);
    spin_unlock(ptlp.get());
    pte_unmap(pte);
    return v;
  }

  static long peek(@PteMapped Pte pte) {
    return ptep_get(pte);
  }

  // ok: pte.use.after.unmap
  static long helperWhileMapped(Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return 0;
    }
    long v = peek(pte);
    pte_unmap(pte);
    return v;
  }

  // ok: pte.use.after.unmap
  static long unmappedOnSomePathsOnly(Pmd pmd, long addr, boolean early) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return 0;
    }
    long v = ptep_get(pte);
    if (early) {
      pte_unmap(pte);
    }
    // Unmapping again after an unmap on some paths: a use after unmap (rules.md), on some paths.
    // :: error: [pte.use.after.unmap]
    pte_unmap(pte);
    return v;
  }
}

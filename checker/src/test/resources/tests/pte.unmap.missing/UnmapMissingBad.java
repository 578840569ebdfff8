import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class UnmapMissingBad {
  // spin_unlock releases the lock, not the mapping.
  @RequiresMmapRead("mm")
  static boolean spinUnlockOnly(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return false;
    }
    boolean p = pte_present(ptep_get(pte));
    spin_unlock(ptlp.get());
    // :: error: [pte.unmap.missing]
    return p;
  }

  // An early return forgets the unmap.
  static boolean earlyReturn(Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return false;
    }
    if (pte_none(ptep_get(pte))) {
      // :: error: [pte.unmap.missing]
      return false;
    }
    pte_unmap(pte);
    return true;
  }

  // A void method that falls off its end still mapped: reported on the declaration.
  // :: error: [pte.unmap.missing]
  static void fallsOffEnd(Pmd pmd, long addr, long[] out) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      out[0] = 0;
      return;
    }
    out[0] = ptep_get(pte);
  }

  // Breaking out of the loop skips the unmap.
  static int breakInLoop(Pmd pmd, long start, long end) {
    int n = 0;
    for (long addr = start; addr < end; addr += PAGE_SIZE) {
      Pte pte = pte_offset_map(pmd, addr);
      if (pte == null) {
        continue;
      }
      if (pte_none(ptep_get(pte))) {
        break;
      }
      n++;
      pte_unmap(pte);
    }
    // :: error: [pte.unmap.missing]
    return n;
  }

  // Unmapped in one branch only.
  @RequiresMmapRead("mm")
  static long oneBranch(MmStruct mm, Pmd pmd, long addr, boolean flag) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return 0;
    }
    long v = ptep_get_lockless(pte);
    if (flag) {
      pte_unmap(pte);
    }
    // :: error: [pte.unmap.missing]
    return v;
  }

  // The map inside a lambda must be undone inside the lambda.
  static PteEntry lambdaMaps(Pmd pmd) {
    return (pte, addr, next, walk) -> {
      Pte other = pte_offset_map(pmd, next);
      if (other == null) {
        return 0;
      }
      long v = ptep_get(other);
      // :: error: [pte.unmap.missing]
      return (int) v;
    };
  }
}

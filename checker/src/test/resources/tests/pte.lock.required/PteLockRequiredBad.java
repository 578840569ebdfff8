import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PteLockRequiredBad {
  static void zap(MmStruct mm, long addr, @PteLocked Pte pte) {
    pte_clear(mm, addr, pte);
  }

  @Requires(kind = LockKind.PTE_LOCK, on = "ptl")
  static void underPtl(Spinlock ptl) {
  }

  // A plain pte_offset_map() PTE has no lock held.
  static boolean plainMapToLockedParam(MmStruct mm, Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return false;
    }
    // :: error: [pte.lock.required]
    zap(mm, addr, pte);
    pte_unmap(pte);
    return true;
  }

  // A _nolock map without spin_lock(ptl).
  @RequiresMmapRead("mm")
  static boolean nolockWithoutSpinLock(MmStruct mm, Pmd pmd, long addr) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return false;
    }
    // :: error: [pte.lock.required]
    zap(mm, addr, pte);
    pte_unmap(pte);
    return true;
  }

  // A @PteMapped parameter is mapped, not locked.
  static void mappedParamToLocked(MmStruct mm, long addr, @PteMapped Pte pte) {
    // :: error: [pte.lock.required]
    zap(mm, addr, pte);
  }

  // @Requires(PTE_LOCK) without taking the lock.
  @RequiresMmapRead("mm")
  static boolean requiresWithoutLock(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return false;
    }
    // :: error: [pte.lock.required]
    underPtl(ptlp.get());
    pte_unmap(pte);
    return true;
  }

  // @Requires(PTE_LOCK) after the lock was dropped.
  @RequiresMmapRead("mm")
  static boolean requiresAfterUnlock(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return false;
    }
    Spinlock ptl = ptlp.get();
    spin_lock(ptl);
    long v = ptep_get(pte);
    spin_unlock(ptl);
    // :: error: [pte.lock.required]
    underPtl(ptl);
    pte_unmap(pte);
    return pte_none(v);
  }

  // Locked in the loop body, called after the loop.
  @RequiresMmapRead("mm")
  static long lockedParamAfterLoop(MmStruct mm, Pmd pmd, long addr, int n) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return 0;
    }
    long sum = 0;
    for (int i = 0; i < n; i++) {
      spin_lock(ptlp.get());
      sum += ptep_get(pte);
      spin_unlock(ptlp.get());
    }
    // :: error: [pte.lock.required]
    zap(mm, addr, pte);
    pte_unmap(pte);
    return sum;
  }
}

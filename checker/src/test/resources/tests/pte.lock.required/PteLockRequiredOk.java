import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PteLockRequiredOk {
  static void zap(MmStruct mm, long addr, @PteLocked Pte pte) {
    pte_clear(mm, addr, pte);
  }

  @Requires(kind = LockKind.PTE_LOCK, on = "ptl")
  static void underPtl(Spinlock ptl) {
  }

  // ok: pte.lock.required
  @RequiresMmapRead("mm")
  static boolean mapLock(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return false;
    }
    zap(mm, addr, pte);
    underPtl(ptlp.get());
    pte_unmap_unlock(pte, ptlp.get());
    return true;
  }

  // ok: pte.lock.required
  static void passAlong(MmStruct mm, long addr, @PteLocked Pte pte) {
    zap(mm, addr, pte);
  }

  // ok: pte.lock.required
  @RequiresMmapRead("mm")
  static boolean nolockThenSpinLock(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return false;
    }
    Spinlock ptl = ptlp.get();
    spin_lock(ptl);
    underPtl(ptl);
    spin_unlock(ptl);
    pte_unmap(pte);
    return true;
  }

  // ok: pte.lock.required
  static void mmapWriteRwNolockLocked(MmStruct mm, Pmd pmd, long addr) {
    mmap_write_lock(mm);
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte != null) {
      spin_lock(ptlp.get());
      zap(mm, addr, pte);
      spin_unlock(ptlp.get());
      pte_unmap(pte);
    }
    mmap_write_unlock(mm);
  }

  // ok: pte.lock.required
  @RequiresMmapRead("mm")
  static int loopEachLocked(MmStruct mm, Pmd pmd, long start, int n) {
    int done = 0;
    for (int i = 0; i < n; i++) {
      long addr = start + i * PAGE_SIZE;
      Ref<Spinlock> ptlp = new Ref<>();
      Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
      if (pte == null) {
        continue;
      }
      zap(mm, addr, pte);
      pte_unmap_unlock(pte, ptlp.get());
      done++;
    }
    return done;
  }

  // ok: pte.lock.required
  @Requires(kind = LockKind.PTE_LOCK, on = "ptl")
  static void requiredOnEntry(Spinlock ptl) {
    underPtl(ptl);
  }
}

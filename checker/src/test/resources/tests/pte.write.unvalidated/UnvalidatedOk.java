import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class UnvalidatedOk {
  // ok: pte.write.unvalidated
  @RequiresMmapRead("mm")
  static boolean earlyReturn(MmStruct mm, Pmd pmd, long addr, long val) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return false;
    }
    spin_lock(ptlp.get());
    if (!pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd))) {
      spin_unlock(ptlp.get());
      pte_unmap(pte);
      return false;
    }
    set_pte_at(mm, addr, pte, val);
    spin_unlock(ptlp.get());
    pte_unmap(pte);
    return true;
  }

  // ok: pte.write.unvalidated
  @RequiresMmapRead("mm")
  static boolean guardedBlock(MmStruct mm, Pmd pmd, long addr, long val) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return false;
    }
    Spinlock ptl = ptlp.get();
    spin_lock(ptl);
    boolean done = false;
    if (pmd_same(pmdvalp.get(), pmdp_get(pmd))) {
      set_pte_at(mm, addr, pte, val);
      done = true;
    }
    spin_unlock(ptl);
    pte_unmap(pte);
    return done;
  }

  // ok: pte.write.unvalidated
  @RequiresMmapRead("mm")
  static boolean pteSame(MmStruct mm, Pmd pmd, long addr) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return false;
    }
    long orig = ptep_get_lockless(pte);
    if (pte_none(orig)) {
      pte_unmap(pte);
      return false;
    }
    spin_lock(ptlp.get());
    boolean done = false;
    if (pte_same(orig, ptep_get(pte))) {
      pte_clear(mm, addr, pte);
      done = true;
    }
    spin_unlock(ptlp.get());
    pte_unmap(pte);
    return done;
  }

  // ok: pte.write.unvalidated
  static void mmapWriteExempts(MmStruct mm, Pmd pmd, long addr) {
    mmap_write_lock(mm);
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte != null) {
      spin_lock(ptlp.get());
      pte_clear(mm, addr, pte);
      spin_unlock(ptlp.get());
      pte_unmap(pte);
    }
    mmap_write_unlock(mm);
  }

  // ok: pte.write.unvalidated
  @RequiresMmapRead("mm")
  static boolean localPmdval(MmStruct mm, Pmd pmd, long addr, long val) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return false;
    }
    long pmdval = pmdvalp.get();
    Spinlock ptl = ptlp.get();
    spin_lock(ptl);
    if (!pmd_same(pmdval, pmdp_get_lockless(pmd))) {
      pte_unmap_unlock(pte, ptl);
      return false;
    }
    set_pte_at(mm, addr, pte, val);
    pte_unmap_unlock(pte, ptl);
    return true;
  }

  // ok: pte.write.unvalidated
  @RequiresMmapRead("mm")
  static boolean retryLoop(MmStruct mm, Pmd pmd, long addr, long val) {
    for (int tries = 0; tries < 3; tries++) {
      Ref<Long> pmdvalp = new Ref<>();
      Ref<Spinlock> ptlp = new Ref<>();
      Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
      if (pte == null) {
        return false;
      }
      spin_lock(ptlp.get());
      if (pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd))) {
        set_pte_at(mm, addr, pte, val);
        spin_unlock(ptlp.get());
        pte_unmap(pte);
        return true;
      }
      spin_unlock(ptlp.get());
      pte_unmap(pte);
    }
    return false;
  }

  // ok: pte.write.unvalidated
  @RequiresMmapRead("mm")
  static boolean mapLockNeedsNoRecheck(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return false;
    }
    pte_clear(mm, addr, pte);
    pte_unmap_unlock(pte, ptlp.get());
    return true;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ReadonlyOk {
  // ok: pte.write.readonly
  static long plainRead(Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return 0;
    }
    long v = ptep_get(pte);
    pte_unmap(pte);
    return v;
  }

  // ok: pte.write.readonly
  @RequiresMmapRead("mm")
  static long roNolockReadUnderLock(MmStruct mm, Pmd pmd, long addr) {
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

  // ok: pte.write.readonly
  @RequiresMmapRead("mm")
  static boolean readThenRemapLocked(MmStruct mm, Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return false;
    }
    boolean none = pte_none(ptep_get(pte));
    pte_unmap(pte);
    if (none) {
      return false;
    }
    Ref<Spinlock> ptlp = new Ref<>();
    pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return false;
    }
    pte_clear(mm, addr, pte);
    pte_unmap_unlock(pte, ptlp.get());
    return true;
  }

  // ok: pte.write.readonly
  @RequiresMmapRead("mm")
  static boolean rwNolockRevalidated(MmStruct mm, Pmd pmd, long addr, long val) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return false;
    }
    spin_lock(ptlp.get());
    if (!pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd))) {
      pte_unmap_unlock(pte, ptlp.get());
      return false;
    }
    set_pte_at(mm, addr, pte, val);
    pte_unmap_unlock(pte, ptlp.get());
    return true;
  }

  // ok: pte.write.readonly
  @RequiresMmapRead("mm")
  static boolean twoMappings(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> roPtlp = new Ref<>();
    Pte ro = pte_offset_map_ro_nolock(mm, pmd, addr, roPtlp);
    if (ro == null) {
      return false;
    }
    long seen = ptep_get_lockless(ro);
    pte_unmap(ro);
    Ref<Spinlock> ptlp = new Ref<>();
    Pte rw = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (rw == null) {
      return false;
    }
    boolean done = false;
    if (pte_same(seen, ptep_get(rw))) {
      ptep_get_and_clear(mm, addr, rw);
      done = true;
    }
    pte_unmap_unlock(rw, ptlp.get());
    return done;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class WriteUnlockedOk {
  // ok: pte.write.unlocked
  @RequiresMmapRead("mm")
  static boolean mapLock(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return false;
    }
    pte_clear(mm, addr, pte);
    pte_unmap_unlock(pte, ptlp.get());
    return true;
  }

  // ok: pte.write.unlocked
  static void lockedParam(MmStruct mm, long addr, @PteLocked Pte pte, long val) {
    set_pte_at(mm, addr, pte, val);
  }

  // ok: pte.write.unlocked
  static void rwNolockUnderMmapWrite(MmStruct mm, Pmd pmd, long addr) {
    mmap_write_lock(mm);
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte != null) {
      Spinlock ptl = ptlp.get();
      spin_lock(ptl);
      pte_clear(mm, addr, pte);
      spin_unlock(ptl);
      pte_unmap(pte);
    }
    mmap_write_unlock(mm);
  }

  // ok: pte.write.unlocked
  static void kernelTable(long addr, long val) {
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(init_mm, addr), addr), addr), addr);
    Pte pte = pte_offset_kernel(pmd, addr);
    set_pte_at(init_mm, addr, pte, val);
  }

  // ok: pte.write.unlocked
  @RequiresMmapRead("mm")
  static void loopEachLocked(MmStruct mm, Pmd pmd, long start, long end) {
    for (long addr = start; addr < end; addr += PAGE_SIZE) {
      Ref<Spinlock> ptlp = new Ref<>();
      Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
      if (pte == null) {
        continue;
      }
      if (!pte_none(ptep_get(pte))) {
        ptep_get_and_clear(mm, addr, pte);
      }
      pte_unmap_unlock(pte, ptlp.get());
    }
  }

  // ok: pte.write.unlocked
  static void earlyUnlockInBranch(MmStruct mm, Pmd pmd, long addr, boolean skip) {
    mmap_write_lock(mm);
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      mmap_write_unlock(mm);
      return;
    }
    spin_lock(ptlp.get());
    if (skip) {
      spin_unlock(ptlp.get());
      pte_unmap(pte);
      mmap_write_unlock(mm);
      return;
    }
    pte_clear(mm, addr, pte);
    spin_unlock(ptlp.get());
    pte_unmap(pte);
    mmap_write_unlock(mm);
  }

  // ok: pte.write.unlocked
  @RequiresMmapRead("mm")
  static long tryFinally(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return 0;
    }
    long old;
    try {
      old = ptep_get_and_clear(mm, addr, pte);
    } finally {
      pte_unmap_unlock(pte, ptlp.get());
    }
    return old;
  }
}

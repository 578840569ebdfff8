import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ReadonlyBad {
  // _ro_nolock stays read-only after spin_lock(ptl).
  @RequiresMmapRead("mm")
  static boolean roNolockLocked(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return false;
    }
    spin_lock(ptlp.get());
    // :: error: [pte.write.readonly]
    pte_clear(mm, addr, pte);
    spin_unlock(ptlp.get());
    pte_unmap(pte);
    return true;
  }

  // A plain pte_offset_map() PTE is never written.
  static boolean plainMap(MmStruct mm, Pmd pmd, long addr, long val) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return false;
    }
    if (pte_none(ptep_get(pte))) {
      // :: error: [pte.write.readonly]
      set_pte_at(mm, addr, pte, val);
    }
    pte_unmap(pte);
    return true;
  }

  // The mmap write lock does not change the verdict.
  static long underMmapWrite(MmStruct mm, Pmd pmd, long addr) {
    mmap_write_lock(mm);
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    long old = 0;
    if (pte != null) {
      Spinlock ptl = ptlp.get();
      spin_lock(ptl);
      // :: error: [pte.write.readonly]
      old = ptep_get_and_clear(mm, addr, pte);
      spin_unlock(ptl);
      pte_unmap(pte);
    }
    mmap_write_unlock(mm);
    return old;
  }

  @AccessesPte(value = "pte", write = true)
  static void zapOne(MmStruct mm, long addr, @PteLocked Pte pte) {
    pte_clear(mm, addr, pte);
  }

  // A helper that declares it writes the PTE.
  @RequiresMmapRead("mm")
  static boolean viaWritingHelper(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return false;
    }
    spin_lock(ptlp.get());
    // :: error: [pte.write.readonly]
    zapOne(mm, addr, pte);
    spin_unlock(ptlp.get());
    pte_unmap(pte);
    return true;
  }

  // Through a local alias of the read-only PTE, in a loop.
  static int aliasInLoop(MmStruct mm, Pmd pmd, long start, int n) {
    Pte pte = pte_offset_map(pmd, start);
    if (pte == null) {
      return 0;
    }
    Pte cur = pte;
    for (int i = 0; i < n; i++) {
      // :: error: [pte.write.readonly]
      pte_clear(mm, start + i * PAGE_SIZE, cur);
    }
    pte_unmap(pte);
    return n;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class UnmapMissingOk {
  // ok: pte.unmap.missing
  @RequiresMmapRead("mm")
  static boolean unmapUnlock(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return false;
    }
    boolean p = pte_present(ptep_get(pte));
    pte_unmap_unlock(pte, ptlp.get());
    return p;
  }

  // ok: pte.unmap.missing
  static long bothBranches(Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return -1;
    }
    long v = ptep_get(pte);
    if (pte_none(v)) {
      pte_unmap(pte);
      return 0;
    } else {
      pte_unmap(pte);
      return v;
    }
  }

  // ok: pte.unmap.missing
  static long callerOwnsMapping(@PteMapped Pte pte, @PteLocked Pte locked) {
    return ptep_get(pte) + ptep_get(locked);
  }

  // ok: pte.unmap.missing
  static long kernelPteIsNotMapped(long addr) {
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(init_mm, addr), addr), addr), addr);
    Pte pte = pte_offset_kernel(pmd, addr);
    return ptep_get(pte);
  }

  // ok: pte.unmap.missing
  static int loopUnmapsEach(Pmd pmd, long start, long end) {
    int n = 0;
    for (long addr = start; addr < end; addr += PAGE_SIZE) {
      Pte pte = pte_offset_map(pmd, addr);
      if (pte == null) {
        continue;
      }
      if (!pte_none(ptep_get(pte))) {
        n++;
      }
      pte_unmap(pte);
    }
    return n;
  }

  // ok: pte.unmap.missing
  @RequiresMmapRead("mm")
  static long returnInsideTryFinally(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return 0;
    }
    try {
      return ptep_get(pte);
    } finally {
      pte_unmap_unlock(pte, ptlp.get());
    }
  }

  // ok: pte.unmap.missing
  static void voidNullReturn(Pmd pmd, long addr, long[] out) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return;
    }
    out[0] = ptep_get(pte);
    pte_unmap(pte);
  }
}

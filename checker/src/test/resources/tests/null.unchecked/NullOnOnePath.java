import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

// A PTE local that is null on one path (never mapped there) and mapped on the other; and a
// null test repeated after an earlier one settled it.
class NullOnOnePath {
  // ok: pte.use.after.unmap, pte.unmap.missing, null.unchecked
  @RequiresMmapRead("mm")
  static long mappedOnOnePath(MmStruct mm, Pmd pmd, long addr, boolean c) {
    long v = 0;
    Pte p = null;
    if (c) {
      p = pte_offset_map(pmd, addr);
    }
    if (p != null) {
      v = ptep_get(p);
      pte_unmap(p);
    }
    return v;
  }

  // ok: pte.use.after.unmap, lock.leak -- the kernel's "out: if (pte) pte_unmap_unlock(pte, ptl);"
  @RequiresMmapRead("mm")
  static int out(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = null;
    int ret = -1;
    out: {
      if (pmd_none(pmdp_get(pmd))) {
        break out;
      }
      pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
      if (pte == null) {
        break out;
      }
      pte_clear(mm, addr, pte);
      ret = 0;
    }
    if (pte != null) {
      pte_unmap_unlock(pte, ptlp.get());
    }
    return ret;
  }

  // ok: null.unchecked
  @RequiresMmapRead("mm")
  static void testedTwice(MmStruct mm, Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return;
    }
    if (pte != null) {
      addr++;
    }
    pte_unmap(pte);
  }
}

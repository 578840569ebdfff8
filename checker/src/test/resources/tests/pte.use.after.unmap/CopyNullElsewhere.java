import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

// A PTE copied into a local that is null where nothing was mapped (old = null; ... old = pte;):
// the mapping goes with the copy, so unmapping through it counts and using it after the unmap is
// seen, also when the copy is the previous iteration's PTE.
class CopyNullElsewhere {
  // ok: pte.unmap.missing (the map is undone through the copy where it exists)
  @RequiresMmapRead("mm")
  static long unmapThroughCopy(MmStruct mm, Pmd pmd, long addr, boolean c) {
    Pte old = null;
    if (c) {
      Pte pte = pte_offset_map(pmd, addr);
      if (pte == null) {
        return 0;
      }
      old = pte;
    }
    long v = 0;
    if (old != null) {
      v = ptep_get(old);
      pte_unmap(old);
    }
    return v;
  }

  // ok: pte.unmap.missing (chained assignment)
  @RequiresMmapRead("mm")
  static long chained(MmStruct mm, Pmd pmd, long addr, boolean c) {
    Pte old = null;
    if (c) {
      Pte pte;
      old = pte = pte_offset_map(pmd, addr);
      if (pte == null) {
        return 0;
      }
    }
    if (old != null) {
      pte_unmap(old);
    }
    return 0;
  }

  @RequiresMmapRead("mm")
  static long useAfterUnmap(MmStruct mm, Pmd pmd, long addr, boolean c) {
    Pte old = null;
    if (c) {
      Pte pte = pte_offset_map(pmd, addr);
      if (pte == null) {
        return 0;
      }
      old = pte;
      pte_unmap(pte);
    }
    if (old != null) {
      // :: error: [pte.use.after.unmap]
      return ptep_get(old);
    }
    return 0;
  }

  @RequiresMmapRead("mm")
  static long previousIteration(MmStruct mm, Pmd pmd, long addr) {
    long v = 0;
    Pte old = null;
    for (int i = 0; i < 3; i++) {
      Pte pte = pte_offset_map(pmd, addr + i);
      if (pte == null) {
        continue;
      }
      if (old != null) {
        // :: error: [pte.use.after.unmap]
        v += ptep_get(old);
      }
      old = pte;
      pte_unmap(pte);
    }
    return v;
  }

  @RequiresMmapRead("mm")
  static long leakThroughCopy(MmStruct mm, Pmd pmd, long addr, boolean c) {
    Pte old = null;
    if (c) {
      Pte pte = pte_offset_map(pmd, addr);
      if (pte == null) {
        return 0;
      }
      old = pte;
    }
    // :: error: [pte.unmap.missing]
    return 0;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

// One mapped PTE under two locals, copied one way before a loop and the other way inside it
// (madvise_cold_or_pageout_pte_range: pte = start_pte, then start_pte = pte = pte_offset_map_lock
// after dropping the lock to split a folio).
class CopiesSwapped {
  static boolean split() {
    return true;
  }

  // ok: pte.use.after.unmap, pte.unmap.missing
  @RequiresMmapRead("mm")
  static int coldPageout(MmStruct mm, Pmd pmd, long addr, long end) {
    Ref<Spinlock> ptl = new Ref<>();
    Pte start_pte = pte_offset_map_lock(mm, pmd, addr, ptl);
    if (start_pte == null) {
      return 0;
    }
    Pte pte = start_pte;
    for (; addr < end; addr += 4096) {
      long ptent = ptep_get(pte);
      if (split()) {
        pte_unmap_unlock(start_pte, ptl.get());
        start_pte = null;
        start_pte = pte = pte_offset_map_lock(mm, pmd, addr, ptl);
        if (start_pte == null) {
          break;
        }
        continue;
      }
    }
    if (start_pte != null) {
      pte_unmap_unlock(start_pte, ptl.get());
    }
    return 0;
  }

  // The two names stay one PTE where the paths meet: unmapping either unmaps both.
  @RequiresMmapRead("mm")
  static long readAfterUnmap(MmStruct mm, Pmd pmd, long addr, long end) {
    Ref<Spinlock> ptl = new Ref<>();
    Pte start_pte = pte_offset_map_lock(mm, pmd, addr, ptl);
    if (start_pte == null) {
      return 0;
    }
    Pte pte = start_pte;
    long v = 0;
    for (; addr < end; addr += 4096) {
      v += ptep_get(pte);
      if (split()) {
        pte_unmap_unlock(start_pte, ptl.get());
        start_pte = pte = pte_offset_map_lock(mm, pmd, addr, ptl);
        if (start_pte == null) {
          return v;
        }
      }
    }
    pte_unmap_unlock(start_pte, ptl.get());
    // :: error: [pte.use.after.unmap]
    return v + ptep_get(pte);
  }
}

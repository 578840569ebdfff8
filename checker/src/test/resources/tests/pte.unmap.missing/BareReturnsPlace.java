import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

// A path that leaves through a `return;` is reported at that return: the one on its side of
// the last branch it took.
class BareReturnsPlace {
  @RequiresMmapRead("mm")
  static void afterTheCheck(MmStruct mm, Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return;
    }
    // :: error: [pte.unmap.missing]
    return;
  }

  @RequiresMmapRead("mm")
  static void insideTheBranch(MmStruct mm, Pmd pmd, long addr, boolean early) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return;
    }
    if (early) {
      // :: error: [pte.unmap.missing]
      return;
    }
    pte_unmap(pte);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

// Unmapping after a failed map: the null side maps nothing.
class UnmapAfterFailedMap {
  @RequiresMmapRead("mm")
  static void failedMap(MmStruct mm, Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      // :: error: [lock.release.not.held]
      pte_unmap(pte);
      return;
    }
    pte_unmap(pte);
  }
}

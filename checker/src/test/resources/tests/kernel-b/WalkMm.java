import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

public class WalkMm {
  /** A pmd_entry body (mincore_pte_range, pagemap_pmd_range): the walker keeps walk->vma stable. */
  @RequiresVmaStable("walk.vma")
  static int pmd_entry(Pmd pmd, long addr, long end, MmWalk walk) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(walk.mm, pmd, addr, ptlp);   // kernel: walk->mm == walk->vma->vm_mm
    if (pte == null) return 0;
    long v = ptep_get(pte);
    pte_unmap_unlock(pte, ptlp.get());
    return 0;
  }
}

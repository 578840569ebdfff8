import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.MmapLock.*;

// A walk's state names its mm twice: walk.vma.vm_mm is walk.mm (mincore_pte_range,
// pagemap_pmd_range map the PTE table through walk->mm while walk->vma is kept stable).
class WalkStateMm {
  @RequiresVmaStable("walk.vma")
  static int pmdEntry(Pmd pmd, long addr, long end, MmWalk walk) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(walk.mm, pmd, addr, ptlp);
    if (pte == null) {
      return 0;
    }
    long v = ptep_get(pte);
    pte_unmap_unlock(pte, ptlp.get());
    return 0;
  }

  @RequiresMmapRead("walk.vma.vm_mm")
  static int throughTheVma(Pmd pmd, long addr, MmWalk walk) {
    VmAreaStruct vma = walk.vma;
    Pte pte = pte_offset_map(pmd, addr);
    if (pte != null) {
      pte_unmap(pte);
    }
    return find_vma(walk.mm, addr) == null ? 0 : 1;
  }

  static int unstable(Pmd pmd, long addr, MmWalk walk) {
    Ref<Spinlock> ptlp = new Ref<>();
    // :: error: [vma.unstable]
    Pte pte = pte_offset_map_lock(walk.mm, pmd, addr, ptlp);
    if (pte != null) {
      pte_unmap_unlock(pte, ptlp.get());
    }
    return 0;
  }
}

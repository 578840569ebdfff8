import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class DoSwapPage {
  static final int VM_FAULT_OOM = 1, VM_FAULT_MAJOR = 4;

  @MightSleep static long swapin_readahead(long entry) { return entry; }

  /** pte_unmap_same() */
  @UnmapsPte("pte")
  static boolean pte_unmap_same(@PteMapped Pte pte, Spinlock ptl, long orig_pte) {
    boolean same = true;
    /* if (sizeof(pte_t) > sizeof(unsigned long)) */
    spin_lock(ptl);
    same = pte_same(ptep_get(pte), orig_pte);
    spin_unlock(ptl);
    pte_unmap(pte);
    return same;
  }

  /** do_swap_page(): entered with vmf->pte mapped (not locked) by handle_pte_fault(). */
  @RequiresVmaStable("vma")
  @UnmapsPte("pte")
  @MightSleep
  static int do_swap_page(VmAreaStruct vma, Pmd pmd, long address, @PteMapped Pte pte, Spinlock ptl0, long orig_pte) {
    MmStruct mm = vma.vm_mm;
    int ret = 0;
    if (!pte_unmap_same(pte, ptl0, orig_pte)) return 0;
    long folio = swapin_readahead(orig_pte);
    if (folio == 0) {
      /* Back out if somebody else faulted in this pte while we released the pte lock. */
      Ref<Spinlock> ptl = new Ref<>();
      Pte p = pte_offset_map_lock(mm, pmd, address, ptl);
      if (p != null && pte_same(ptep_get(p), orig_pte)) ret = VM_FAULT_OOM;
      if (p != null) pte_unmap_unlock(p, ptl.get());
      return ret;
    }
    ret |= VM_FAULT_MAJOR;
    Ref<Spinlock> ptl = new Ref<>();
    Pte p = pte_offset_map_lock(mm, pmd, address, ptl);
    if (p == null || !pte_same(ptep_get(p), orig_pte)) {
      /* out_nomap: */
      if (p != null) pte_unmap_unlock(p, ptl.get());
      return ret;
    }
    set_pte_at(mm, address, p, folio << 12); /* set_ptes() */
    pte_unmap_unlock(p, ptl.get());
    return ret;
  }

  /** handle_pte_fault(), swap branch. */
  @RequiresVmaStable("vma")
  @MightSleep
  static int handle_pte_fault(VmAreaStruct vma, Pmd pmd, long address) {
    Ref<Long> dummy = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(vma.vm_mm, pmd, address, dummy, ptlp);
    if (pte == null) return 0; /* do_pte_missing */
    long orig_pte = ptep_get_lockless(pte);
    if (pte_none(orig_pte)) { pte_unmap(pte); return 0; }
    if (!pte_present(orig_pte)) {
      return do_swap_page(vma, pmd, address, pte, ptlp.get(), orig_pte);
    }
    pte_unmap(pte);
    return 0;
  }
}

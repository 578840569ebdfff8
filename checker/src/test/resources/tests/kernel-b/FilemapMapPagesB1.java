import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class FilemapMapPagesB1 {
  static final int VM_FAULT_NOPAGE = 0x100;
  static long next_uptodate_folio(long idx, long end) { return idx < end ? idx + 1 : 0; }

  /** filemap_map_pages(): fault-around under RCU, PTE lock held over the batch. */
  @RequiresVmaStable("vma")
  static int filemap_map_pages(VmAreaStruct vma, Pmd pmd, long start_pgoff, long end_pgoff) {
    int ret = 0;
    rcu_read_lock();
    long folio = next_uptodate_folio(start_pgoff, end_pgoff);
    if (folio == 0) {
      rcu_read_unlock();
      return ret;
    }
    if (pmd_trans_huge(pmdp_get(pmd))) { /* filemap_map_pmd() */
      rcu_read_unlock();
      return VM_FAULT_NOPAGE;
    }
    long addr = vma.vm_start + (start_pgoff * PAGE_SIZE);
    Ref<Spinlock> ptl = new Ref<>();
    Pte pte = pte_offset_map_lock(vma.vm_mm, pmd, addr, ptl);
    if (pte == null) {
      rcu_read_unlock();
      return ret;
    }
    do {
      /* filemap_map_order0_folio() */
      if (pte_none(ptep_get(pte))) {
        set_pte_at(vma.vm_mm, addr, pte, folio << 12); /* set_pte_range() */
        ret = VM_FAULT_NOPAGE;
      }
      addr += PAGE_SIZE;
    } while ((folio = next_uptodate_folio(folio, end_pgoff)) != 0);
    rcu_read_unlock();
    pte_unmap_unlock(pte, ptl.get());
    return ret;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class Vmap {
  static final int ENOMEM = -12;

  static int vmap_pte_range(@KernelMm Pmd pmd, long addr, long end, long phys_addr, long prot) {
    long pfn = phys_addr / PAGE_SIZE;
    Pte pte = pte_offset_kernel(pmd, addr); /* pte_alloc_kernel_track(pmd, addr, mask) */
    if (pte == null) return ENOMEM;
    do {
      long old = ptep_get(pte);
      if (!pte_none(old)) { /* WARN_ON(!pte_none(ptep_get(pte))) */ }
      set_pte_at(init_mm, addr, pte, (pfn << 12) | prot);
      pfn++;
      addr += PAGE_SIZE;
    } while (addr != end);
    return 0;
  }

  static int vmap_range_noflush(long addr, long end, long phys_addr, long prot) {
    Pgd pgd = pgd_offset(init_mm, addr); /* pgd_offset_k */
    P4d p4d = p4d_offset(pgd, addr);
    Pud pud = pud_offset(p4d, addr);
    Pmd pmd = pmd_offset(pud, addr);
    return vmap_pte_range(pmd, addr, end, phys_addr, prot);
  }

  /** vunmap_pte_range() */
  static void vunmap_pte_range(@KernelMm Pmd pmd, long addr, long end) {
    Pte pte = pte_offset_kernel(pmd, addr);
    do {
      long ptent = ptep_get_and_clear(init_mm, addr, pte);
      addr += PAGE_SIZE;
    } while (addr != end);
  }

  /** apply_to_pte_range() for init_mm: no PTE lock, pte_offset_kernel. */
  @RequiresMmapRead("mm")
  static int apply_to_pte_range(MmStruct mm, long addr, long end) {
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    if (mm == init_mm) {
      Pte pte = pte_offset_kernel(pmd, addr);
      long v = ptep_get(pte);
      set_pte_at(mm, addr, pte, v | 1);
      return 0;
    }
    Ref<Spinlock> ptl = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptl);
    if (pte == null) return ENOMEM;
    long v = ptep_get(pte);
    set_pte_at(mm, addr, pte, v | 1);
    pte_unmap_unlock(pte, ptl.get());
    return 0;
  }
}

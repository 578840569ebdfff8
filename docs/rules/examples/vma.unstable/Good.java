import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ZapFixed {
  static void zapFirst(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) return;                        // caller falls back to the mmap lock
    zap_page_range_single(vma, vma.vm_start, PAGE_SIZE);  // OK: VMA_R(vma)
    vma_end_read(vma);
  }

  @RequiresVmaStable("vma")                         // walks from a received table need this
  static Pmd pmdOf(VmAreaStruct vma, long addr) {
    Pgd pgd = pgd_offset(vma.vm_mm, addr);          // OK: stable on entry
    return pmd_offset(pud_offset(p4d_offset(pgd, addr), addr), addr);
  }
}

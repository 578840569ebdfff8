import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Zap {
  static void zapFirst(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) return;
    long start = vma.vm_start;                      // OK: VMA_R(vma)
    vma_end_read(vma);
    // :: error: [vma.unstable]
    zap_page_range_single(vma, start, PAGE_SIZE);   // ERROR: [vma.unstable]
  }

  static Pmd pmdOf(MmStruct mm, long addr) {
    rcu_read_lock();
    // :: error: [vma.unstable]
    Pgd pgd = pgd_offset(mm, addr);                 // ERROR: [vma.unstable] RCU is not enough
    P4d p4d = p4d_offset(pgd, addr);                // reported once per walk: at pgd_offset
    rcu_read_unlock();
    return null;                                    // (the rest of the walk elided)
  }
}

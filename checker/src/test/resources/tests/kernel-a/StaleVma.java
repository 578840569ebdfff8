import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class StaleVma {
  /* a vma found under one mmap-lock section used in the next one, without a new lookup */
  @MightSleep
  static long f(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null) { mmap_read_unlock(mm); return 0; }
    mmap_read_unlock(mm);
    /* ... munmap may free vma here ... */
    mmap_read_lock(mm);
    // :: error: [vma.unstable]
    long end = vma.vm_end;              /* accepted: MMAP_R(vma.vm_mm) is held again */
    // :: error: [vma.unstable]
    zap_page_range_single(vma, addr, PAGE_SIZE);
    mmap_read_unlock(mm);
    return end;
  }
}

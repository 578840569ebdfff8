import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class AdviseFixed {
  @RequiresVmaLock("vma")
  static void adviseOne(VmAreaStruct vma, long addr) { zap_page_range_single(vma, addr, PAGE_SIZE); }

  static void advise(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) return;                 // caller retries under the mmap lock
    adviseOne(vma, addr);                    // OK: VMA_R(vma)
    vma_end_read(vma);
  }
}

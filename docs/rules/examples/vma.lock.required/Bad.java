import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Advise {
  @RequiresVmaLock("vma")
  static void adviseOne(VmAreaStruct vma, long addr) { zap_page_range_single(vma, addr, PAGE_SIZE); }

  static void advise(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    // :: error: [vma.lock.required]
    if (vma != null) adviseOne(vma, addr);   // ERROR: [vma.lock.required] mmap lock only
    mmap_read_unlock(mm);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class VmaInfo {
  static long vmaEnd(MmStruct mm, long addr) {
    // :: error: [mmap.required]
    VmAreaStruct vma = find_vma(mm, addr);  // ERROR: [mmap.required]
    if (vma == null) return 0;
    // :: error: [vma.unstable]
    return vma.vm_end;                      // also [vma.unstable]: nothing keeps vma stable
  }
}

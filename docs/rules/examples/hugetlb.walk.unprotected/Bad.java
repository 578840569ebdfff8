import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Lookup {
  static long readEntry(VmAreaStruct vma, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    long v = 0;
    mmap_read_lock(mm);                        // enough for a private mapping only
    // :: error: [hugetlb.walk.unprotected]
    Pte pte = hugetlb_walk(vma, addr, sz);     // ERROR: [hugetlb.walk.unprotected] may be shared
    if (pte != null) {
      v = huge_ptep_get(mm, addr, pte);
    }
    mmap_read_unlock(mm);
    return v;
  }
}

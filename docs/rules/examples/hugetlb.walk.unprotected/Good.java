import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class LookupFixed {
  static long readEntry(VmAreaStruct vma, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    long v = 0;
    mmap_read_lock(mm);
    hugetlb_vma_lock_read(vma);                // case 2.1: no PMD unshare until released
    Pte pte = hugetlb_walk(vma, addr, sz);     // OK: HVMA_R(vma)
    if (pte != null) {
      v = huge_ptep_get(mm, addr, pte);        // OK: the guard is still held
    }
    hugetlb_vma_unlock_read(vma);
    mmap_read_unlock(mm);
    return v;
  }
}

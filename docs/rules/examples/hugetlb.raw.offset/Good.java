import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ProbeFixed {
  static boolean isMapped(VmAreaStruct vma, long addr, long sz) {
    hugetlb_vma_lock_read(vma);
    Pte pte = hugetlb_walk(vma, addr, sz);     // OK: the walk names the VMA, so its lock is checked
    boolean mapped = pte != null && !pte_none(huge_ptep_get(vma.vm_mm, addr, pte));
    hugetlb_vma_unlock_read(vma);
    return mapped;
  }
}

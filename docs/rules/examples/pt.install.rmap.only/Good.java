import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PopulateFixed {
  static int populate(MmStruct mm, Pmd pmd, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {                     // fall back to the mmap lock
      mmap_read_lock(mm);
      int err = pte_alloc(mm, pmd);        // OK: MMAP_R(mm)
      mmap_read_unlock(mm);
      return err;
    }
    int err = pte_alloc(mm, pmd);          // OK: VMA_R(vma), and vma.vm_mm is mm
    vma_end_read(vma);
    return err;
  }
}

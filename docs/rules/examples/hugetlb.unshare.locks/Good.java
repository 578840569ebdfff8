import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class UnshareFixed {
  static int unshareOne(VmAreaStruct vma, long addr, Pte pte) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    hugetlb_vma_lock_write(vma);                    // order: hugetlb VMA lock, then i_mmap_rwsem
    i_mmap_lock_write(mapping);
    Spinlock ptl = huge_pte_lock(hstate_vma(vma), mm, pte);
    int r = huge_pmd_unshare(mm, vma, addr, pte);   // OK: I_MMAP_W, HVMA_W and the huge PTE lock
    spin_unlock(ptl);
    i_mmap_unlock_write(mapping);
    hugetlb_vma_unlock_write(vma);
    return r;
  }
}

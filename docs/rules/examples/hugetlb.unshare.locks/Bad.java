import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Unshare {
  static int unshareOne(VmAreaStruct vma, long addr, Pte pte) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    hugetlb_vma_lock_write(vma);
    i_mmap_lock_read(mapping);
    Spinlock ptl = huge_pte_lock(hstate_vma(vma), mm, pte);
    // :: error: [hugetlb.unshare.locks]
    int r = huge_pmd_unshare(mm, vma, addr, pte);   // ERROR: [hugetlb.unshare.locks] i_mmap read, write needed
    spin_unlock(ptl);
    i_mmap_unlock_read(mapping);
    hugetlb_vma_unlock_write(vma);
    return r;
  }
}

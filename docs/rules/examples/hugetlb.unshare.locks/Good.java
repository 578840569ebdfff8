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
  static int unshareRange(VmAreaStruct vma, long start, long end) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    int count = 0;
    hugetlb_vma_lock_write(vma);                      // order: hugetlb VMA lock, then i_mmap_rwsem
    i_mmap_lock_write(mapping);
    for (long addr = start; addr < end; addr += PUD_SIZE) {
      Pte pte = hugetlb_walk(vma, addr, huge_page_size(h));
      if (pte == null) {
        continue;
      }
      Spinlock ptl = huge_pte_lock(h, mm, pte);        // then the huge PTE lock
      count += huge_pmd_unshare(mm, vma, addr, pte);  // OK: I_MMAP_W, HVMA_W and PTL(ptl) of pte
      spin_unlock(ptl);
    }
    i_mmap_unlock_write(mapping);
    hugetlb_vma_unlock_write(vma);
    return count;
  }
}

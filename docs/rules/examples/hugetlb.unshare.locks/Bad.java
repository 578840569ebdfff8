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
  static int unshareRange(VmAreaStruct vma, long start, long end) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    int count = 0;
    hugetlb_vma_lock_write(vma);
    i_mmap_lock_read(mapping);
    for (long addr = start; addr < end; addr += PUD_SIZE) {
      Pte pte = hugetlb_walk(vma, addr, huge_page_size(h));
      if (pte == null) {
        continue;
      }
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      // :: error: [hugetlb.unshare.locks]
      count += huge_pmd_unshare(mm, vma, addr, pte);  // ERROR: [hugetlb.unshare.locks] i_mmap read, write needed
      spin_unlock(ptl);
    }
    i_mmap_unlock_read(mapping);
    hugetlb_vma_unlock_write(vma);
    return count;
  }
}

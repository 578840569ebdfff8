import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class TeardownFixed {
  static void freeTables(VmAreaStruct vma) {       // a file-backed vma
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);                    // order: mmap, VMA write, i_mmap
    zap_page_range_single(vma, vma.vm_start, vma.vm_end - vma.vm_start);  // zap first (not checked)
    free_pgtables(mm, vma);                        // OK
    i_mmap_unlock_write(mapping);
    mmap_write_unlock(mm);                         // also drops VMA_W(vma)
  }
}

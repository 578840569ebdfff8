import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class UnlinkFixed {
  @RequiresIMmap(value = "mapping", write = true)
  static void reposition(AddressSpace mapping, VmAreaStruct vma) { /* move vma in the tree */ }

  static void shrink(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    mmap_write_lock(mm);
    vma_start_write(vma);
    i_mmap_lock_write(mapping);
    reposition(mapping, vma);        // OK: I_MMAP_W(mapping)
    i_mmap_unlock_write(mapping);
    mmap_write_unlock(mm);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Populate {
  static int populate(VmAreaStruct vma, Pmd pmd) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    // :: error: [pt.install.rmap.only]
    int err = pte_alloc(vma.vm_mm, pmd);   // ERROR: [pt.install.rmap.only]
    i_mmap_unlock_read(mapping);
    return err;
  }
}

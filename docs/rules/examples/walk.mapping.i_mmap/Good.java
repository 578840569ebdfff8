import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class MappingScanFixed {
  static int scan(VmAreaStruct vma, long first, long nr, MmWalkOps ops) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    int r = walk_page_mapping(mapping, first, nr, ops, null);   // OK: I_MMAP_R(mapping)
    i_mmap_unlock_read(mapping);
    return r;
  }

  @RequiresIMmap("mapping")            // callers hold it, in either mode
  static int scanLocked(AddressSpace mapping, long first, long nr, MmWalkOps ops) {
    return walk_page_mapping(mapping, first, nr, ops, null);    // OK
  }
}

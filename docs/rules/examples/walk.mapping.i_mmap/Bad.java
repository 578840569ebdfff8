import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class MappingScan {
  static int scan(VmAreaStruct vma, long first, long nr, MmWalkOps ops) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    mmap_read_lock(mm);
    // :: error: [walk.mapping.i_mmap]
    int r = walk_page_mapping(mapping, first, nr, ops, null);   // ERROR: [walk.mapping.i_mmap] the mmap lock does not count
    mmap_read_unlock(mm);
    return r;
  }
}

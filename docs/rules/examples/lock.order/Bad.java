import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Order {
  static void resize(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    mmap_write_lock(mm);
    i_mmap_lock_write(mapping);
    // :: error: [lock.order]
    vma_start_write(vma);              // ERROR: [lock.order] VMA write lock after i_mmap_rwsem
    i_mmap_unlock_write(mapping);
    mmap_write_unlock(mm);
  }

  static void fallback(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) return;
    // :: error: [lock.order]
    mmap_read_lock(mm);                // ERROR: [lock.order] mmap lock under a VMA read lock
    mmap_read_unlock(mm); vma_end_read(vma);
  }
}

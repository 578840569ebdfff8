import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class OrderFixed {
  static void resize(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    mmap_write_lock(mm);
    vma_start_write(vma);              // OK: VMA write lock before the rmap lock
    i_mmap_lock_write(mapping);
    i_mmap_unlock_write(mapping);
    mmap_write_unlock(mm);
  }

  static void fallback(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) return;
    if (mmap_read_trylock(mm)) mmap_read_unlock(mm);  // OK: a trylock never waits
    vma_end_read(vma);
  }
}

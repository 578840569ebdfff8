import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Protect {
  static void protect(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    mmap_write_downgrade(mm);
    // :: error: [mmap.write.required]
    vma_start_write(vma);            // ERROR: [mmap.write.required] the lock is only read-held now
    mmap_read_unlock(mm);
  }
}

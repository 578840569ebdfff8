import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ProtectFixed {
  static void protect(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);            // OK: MMAP_W(mm), and mm is vma.vm_mm
    // ... change the VMA ...
    mmap_write_downgrade(mm);        // drops the VMA write lock too
    // ... read-only work ...
    mmap_read_unlock(mm);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class VmaInfoFixed {
  static long vmaEnd(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);  // OK: MMAP_R(mm)
    long end = 0;
    if (vma != null) end = vma.vm_end;      // OK: the mmap lock of vma.vm_mm (= mm) keeps it stable
    mmap_read_unlock(mm);
    return end;
  }

  @RequiresMmapRead("mm")                   // callers must hold it; the body may rely on it
  static boolean covered(MmStruct mm, long addr) {
    return vma_lookup(mm, addr) != null;    // OK
  }
}

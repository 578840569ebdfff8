import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class OddFixed {
  // Until the checker is fixed: skip the body, keep the contract for callers.
  @NotChecked(why = "mmlock internal.error, reported upstream; reviewed by hand")
  static long walk(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    long end = vma == null ? 0 : vma.vm_end;
    mmap_read_unlock(mm);
    return end;
  }
}

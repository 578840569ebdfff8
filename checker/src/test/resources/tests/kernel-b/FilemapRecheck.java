import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class FilemapRecheck {
  static final long VM_LOCKED = 0x2000;
  static final int VM_FAULT_NOPAGE = 0x100;

  @RequiresVmaStable("vma")
  static int filemap_fault_recheck_pte_none(VmAreaStruct vma, Pmd pmd, long address) {
    int ret = 0;
    if ((vma.vm_flags & VM_LOCKED) == 0) return 0;
    Ref<Spinlock> ptl = new Ref<>();
    Pte ptep = pte_offset_map_ro_nolock(vma.vm_mm, pmd, address, ptl);
    if (ptep == null) return VM_FAULT_NOPAGE;
    if (!pte_none(ptep_get_lockless(ptep))) {
      ret = VM_FAULT_NOPAGE;
    } else {
      spin_lock(ptl.get());
      if (!pte_none(ptep_get(ptep))) ret = VM_FAULT_NOPAGE;
      spin_unlock(ptl.get());
    }
    pte_unmap(ptep);
    return ret;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class CopyAlias2 {
  @RequiresMmapRead("vma.vm_mm")
  static void use(VmAreaStruct vma) {}

  @MightSleep
  static void f(MmStruct mm, long addr, long end) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null) { mmap_read_unlock(mm); return; }
    VmAreaStruct cur = vma;
    while (cur != null) {
      cur = find_vma(mm, addr);   /* the cursor moves; vma stays */
    }
    use(vma);
    long s = vma.vm_start;
    mmap_read_unlock(mm);
  }
}

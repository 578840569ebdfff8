import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class CopyAlias {
  @RequiresMmapRead("vma.vm_mm")
  static void use(VmAreaStruct vma) {}

  @MightSleep
  static void f(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null) { mmap_read_unlock(mm); return; }
    VmAreaStruct cur = vma;        /* cursor starts at the first vma */
    cur = find_vma(mm, addr + 1);  /* cursor moves on: vma itself is unchanged */
    use(vma);                      /* reported: needs MMAP_R(vma.vm_mm) */
    long s = vma.vm_start;         /* is this one reported too? */
    mmap_read_unlock(mm);
  }

  @MightSleep
  static void g(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null) { mmap_read_unlock(mm); return; }
    VmAreaStruct cur = vma;
    cur = null;
    use(vma);
    mmap_read_unlock(mm);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class P1 {
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean populate(VmAreaStruct vma) {
    if (vma.vm_start == 0) { mmap_read_unlock(vma.vm_mm); return false; }
    return true;
  }

  @MightSleep
  static void a(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null) { mmap_read_unlock(mm); return; }
    boolean locked = populate(vma);
    if (locked) mmap_read_unlock(mm);
  }

  @MightSleep
  static void b(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null) { mmap_read_unlock(mm); return; }
    if (populate(vma)) mmap_read_unlock(mm);
  }
}

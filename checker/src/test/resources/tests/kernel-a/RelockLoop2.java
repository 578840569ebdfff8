import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class RelockLoop2 {
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean relock(VmAreaStruct vma) { return true; }

  /* vma declared outside the loop, looked up only when start leaves it */
  @MightSleep
  static void f(MmStruct mm, long start, int n) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, start);
    if (vma == null) { mmap_read_unlock(mm); return; }
    for (int i = 0; i < n; i++) {
      if (start >= vma.vm_end) {
        vma = find_vma(mm, start);
        if (vma == null) break;
      }
      if (!relock(vma)) return;
      start += PAGE_SIZE;
    }
    mmap_read_unlock(mm);
  }
}

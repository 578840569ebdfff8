import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class RelockLoop {
  /* like faultin_page(): drops vma->vm_mm's mmap lock and retakes it iff it returns true */
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean relock(VmAreaStruct vma) { return true; }

  @MightSleep
  static void f(MmStruct mm, long start, int n) {
    mmap_read_lock(mm);
    for (int i = 0; i < n; i++) {
      VmAreaStruct vma = find_vma(mm, start);
      if (vma == null) break;
      if (!relock(vma)) return;         /* lock dropped: nothing held */
    }
    mmap_read_unlock(mm);
  }
}

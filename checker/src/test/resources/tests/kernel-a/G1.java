import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class G1 {
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean relock(VmAreaStruct vma) { return true; }

  /* A: loop without relock */
  @RequiresMmapRead("mm")
  static void a(MmStruct mm, long start, long n) {
    VmAreaStruct vma = null;
    do {
      if (vma == null || start >= vma.vm_end) {
        vma = find_vma(mm, start);
        if (vma == null) return;
      }
      start += PAGE_SIZE;
      n--;
    } while (n != 0);
  }

  /* B: loop with relock that always succeeds (returns if it fails) */
  @MightSleep
  @RequiresMmapRead("mm")
  static void b(MmStruct mm, long start, long n) {
    VmAreaStruct vma = null;
    do {
      if (vma == null || start >= vma.vm_end) {
        vma = find_vma(mm, start);
        if (vma == null) return;
      }
      if (!relock(vma)) { mmap_read_lock(mm); return; }
      start += PAGE_SIZE;
      n--;
    } while (n != 0);
  }
}

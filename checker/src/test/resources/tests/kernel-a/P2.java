import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class P2 {
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean populate(VmAreaStruct vma) {
    if (vma.vm_start == 0) { mmap_read_unlock(vma.vm_mm); return false; }
    return true;
  }

  /* loop, vma re-looked-up each time the lock is retaken */
  @MightSleep
  static void a(MmStruct mm, long start, long end) {
    boolean locked = false;
    for (long nstart = start; nstart < end; nstart += PAGE_SIZE) {
      if (!locked) {
        locked = true;
        mmap_read_lock(mm);
      }
      VmAreaStruct vma = find_vma(mm, nstart);
      if (vma == null) break;
      locked = populate(vma);
    }
    if (locked) mmap_read_unlock(mm);
  }
}

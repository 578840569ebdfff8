import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class MmPop {
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean populate(VmAreaStruct vma) { return true; }

  /* __mm_populate() shape, vma looked up on every (re)lock; no 'vma = NULL' reuse */
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
      if ((vma.vm_flags & 1) != 0) continue;
      locked = populate(vma);
    }
    if (locked) mmap_read_unlock(mm);
  }
}

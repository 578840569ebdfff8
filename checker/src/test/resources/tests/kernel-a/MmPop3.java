import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class MmPop3 {
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean populate(VmAreaStruct vma) { return true; }

  /* as __mm_populate, but the first lookup is done before the loop (no 'vma = NULL') */
  @MightSleep
  static void a(MmStruct mm, long start, long end) {
    mmap_read_lock(mm);
    boolean locked = true;
    VmAreaStruct vma = find_vma(mm, start);
    if (vma == null) { mmap_read_unlock(mm); return; }
    for (long nstart = start; nstart < end; nstart += PAGE_SIZE) {
      if (!locked) {
        locked = true;
        mmap_read_lock(mm);
        vma = find_vma(mm, nstart);
      } else if (nstart >= vma.vm_end) {
        vma = find_vma(mm, vma.vm_end);
      }
      if (vma == null) break;
      locked = populate(vma);
    }
    if (locked) mmap_read_unlock(mm);
  }
}

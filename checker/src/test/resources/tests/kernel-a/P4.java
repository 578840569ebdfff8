import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class P4 {
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean populate(VmAreaStruct vma) {
    if (vma.vm_start == 0) { mmap_read_unlock(vma.vm_mm); return false; }
    return true;
  }

  /* the vma parameter IS the mm's vma; no find_vma */
  @MightSleep
  static void param_vma(VmAreaStruct vma, long start, long end) {
    MmStruct mm = vma.vm_mm;
    boolean locked = false;
    for (long nstart = start; nstart < end; nstart += PAGE_SIZE) {
      if (!locked) {
        locked = true;
        mmap_read_lock(mm);
      }
      locked = populate(vma);
    }
    if (locked) mmap_read_unlock(mm);
  }

  /* single iteration equivalent, straight-line twice */
  @MightSleep
  static void twice(MmStruct mm, long start) {
    boolean locked = false;
    if (!locked) { locked = true; mmap_read_lock(mm); }
    VmAreaStruct vma = find_vma(mm, start);
    if (vma != null) locked = populate(vma);
    if (!locked) { locked = true; mmap_read_lock(mm); }
    VmAreaStruct vma2 = find_vma(mm, start);
    if (vma2 != null) locked = populate(vma2);
    if (locked) mmap_read_unlock(mm);
  }

  /* same variable reassigned, straight-line */
  @MightSleep
  static void reassign(MmStruct mm, long start) {
    boolean locked = true;
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, start);
    if (vma == null) { mmap_read_unlock(mm); return; }
    locked = populate(vma);
    if (!locked) { locked = true; mmap_read_lock(mm); }
    vma = find_vma(mm, start + 1);
    if (vma == null) { mmap_read_unlock(mm); return; }
    locked = populate(vma);
    if (locked) mmap_read_unlock(mm);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class P3 {
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean populate(VmAreaStruct vma) {
    if (vma.vm_start == 0) { mmap_read_unlock(vma.vm_mm); return false; }
    return true;
  }

  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean populate_mm(MmStruct mm, long a) {
    if (a == 0) { mmap_read_unlock(mm); return false; }
    return true;
  }

  /* no loop */
  @MightSleep
  static void noloop(MmStruct mm, long start) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, start);
    if (vma == null) { mmap_read_unlock(mm); return; }
    boolean locked = populate(vma);
    if (!locked) {
      locked = true;
      mmap_read_lock(mm);
    }
    if (locked) mmap_read_unlock(mm);
  }

  /* loop, manual drop */
  @MightSleep
  static void manual(MmStruct mm, long start, long end) {
    boolean locked = false;
    for (long nstart = start; nstart < end; nstart += PAGE_SIZE) {
      if (!locked) {
        locked = true;
        mmap_read_lock(mm);
      }
      if (nstart == 17) { mmap_read_unlock(mm); locked = false; }
    }
    if (locked) mmap_read_unlock(mm);
  }

  /* loop, helper on mm */
  @MightSleep
  static void helper_mm(MmStruct mm, long start, long end) {
    boolean locked = false;
    for (long nstart = start; nstart < end; nstart += PAGE_SIZE) {
      if (!locked) {
        locked = true;
        mmap_read_lock(mm);
      }
      locked = populate_mm(mm, nstart);
    }
    if (locked) mmap_read_unlock(mm);
  }

  /* loop, helper on vma, no break */
  @MightSleep
  static void helper_vma_nobreak(MmStruct mm, long start, long end) {
    boolean locked = false;
    for (long nstart = start; nstart < end; nstart += PAGE_SIZE) {
      if (!locked) {
        locked = true;
        mmap_read_lock(mm);
      }
      VmAreaStruct vma = find_vma(mm, nstart);
      if (vma != null) locked = populate(vma);
    }
    if (locked) mmap_read_unlock(mm);
  }
}

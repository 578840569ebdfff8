import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class EitherLock {
  @RequiresVmaStable("vma")
  static int handle(VmAreaStruct vma, long addr) { return addr < vma.vm_start ? 1 : 0; }

  /* VMA lock, else the mmap lock + vma_lookup; work under whichever; release the one taken */
  @MightSleep
  static int f(MmStruct mm, long addr) {
    boolean locked = false;
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      mmap_read_lock(mm);
      locked = true;
      vma = vma_lookup(mm, addr);
      if (vma == null) { mmap_read_unlock(mm); return -14; }
    }
    int r = handle(vma, addr);
    if (locked) mmap_read_unlock(mm);
    else vma_end_read(vma);
    return r;
  }
}

package t0;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
class T0 {
  @MightSleep
  static int f(MmStruct mm, long a) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, a);
    int r = vma == null ? 1 : 0;
    mmap_read_unlock(mm);
    return r;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class LookupFixed {
  static long start(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = vma_lookup(mm, addr);
    long s = -1;
    if (vma != null) s = vma.vm_start;
    mmap_read_unlock(mm);                // OK: released on every path
    return s;
  }

  @MightSleep
  @Acquires(kind = LockKind.MMAP_READ, on = "mm")   // returns holding it, by contract
  static void lockFor(MmStruct mm) { mmap_read_lock(mm); }
}

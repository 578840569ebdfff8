import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class HugePeekFixed {
  @RequiresWalkerLock               // walks a shared huge table without sleeping
  static boolean mapped(@SharedMapping VmAreaStruct vma, long addr, long sz) {
    return hugetlb_walk(vma, addr, sz) != null;
  }

  static boolean check(@SharedMapping VmAreaStruct vma, long addr, long sz) {
    hugetlb_walker_lock();
    boolean m = mapped(vma, addr, sz);   // OK: WALKER
    hugetlb_walker_unlock();
    return m;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class WalkerRequiredOk {
  // ok: walker.required
  @RequiresWalkerLock
  static Pte walkShared(VmAreaStruct vma, long addr, long sz) {
    return null;
  }

  // ok: walker.required
  static boolean insideWalkerLock(VmAreaStruct vma, long addr, long sz) {
    hugetlb_walker_lock();
    boolean found = walkShared(vma, addr, sz) != null;
    hugetlb_walker_unlock();
    return found;
  }

  // ok: walker.required
  static boolean nestedStillOpen(VmAreaStruct vma, long addr, long sz) {
    hugetlb_walker_lock();
    hugetlb_walker_lock();
    hugetlb_walker_unlock();
    boolean found = walkShared(vma, addr, sz) != null;
    hugetlb_walker_unlock();
    return found;
  }

  // ok: walker.required
  @RequiresWalkerLock
  static int countShared(VmAreaStruct vma, long addr, long sz, int n) {
    int c = 0;
    for (int i = 0; i < n; i++) {
      if (walkShared(vma, addr + i * sz, sz) != null) {
        c++;
      }
    }
    return c;
  }

  // ok: walker.required
  static int callerOfCounter(VmAreaStruct vma, long addr, long sz) {
    hugetlb_walker_lock();
    try {
      return countShared(vma, addr, sz, 4);
    } finally {
      hugetlb_walker_unlock();
    }
  }

  // ok: walker.required
  static boolean walkerInsideRcu(VmAreaStruct vma, long addr, long sz) {
    rcu_read_lock();
    hugetlb_walker_lock();
    boolean found = walkShared(vma, addr, sz) != null;
    hugetlb_walker_unlock();
    rcu_read_unlock();
    return found;
  }
}

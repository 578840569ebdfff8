import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class WalkerRequiredFlagged {
  @RequiresWalkerLock
  static Pte walkShared(VmAreaStruct vma, long addr, long sz) {
    return null;
  }

  static Pte withNothing(VmAreaStruct vma, long addr, long sz) {
    // :: error: [walker.required]
    return walkShared(vma, addr, sz);
  }

  static boolean rcuIsNotTheWalkerLock(VmAreaStruct vma, long addr, long sz) {
    rcu_read_lock();
    // :: error: [walker.required]
    boolean found = walkShared(vma, addr, sz) != null;
    rcu_read_unlock();
    return found;
  }

  static boolean afterUnlock(VmAreaStruct vma, long addr, long sz) {
    hugetlb_walker_lock();
    hugetlb_walker_unlock();
    // :: error: [walker.required]
    return walkShared(vma, addr, sz) != null;
  }

  static boolean hugetlbVmaLockIsNotTheWalkerLock(VmAreaStruct vma, long addr, long sz) {
    hugetlb_vma_lock_read(vma);
    // :: error: [walker.required]
    boolean found = walkShared(vma, addr, sz) != null;
    hugetlb_vma_unlock_read(vma);
    return found;
  }

  static boolean nestedClosedTwice(VmAreaStruct vma, long addr, long sz) {
    hugetlb_walker_lock();
    hugetlb_walker_lock();
    hugetlb_walker_unlock();
    hugetlb_walker_unlock();
    // :: error: [walker.required]
    return walkShared(vma, addr, sz) != null;
  }

  static boolean inLambda(VmAreaStruct vma, long addr, long sz) {
    hugetlb_walker_lock();
    java.util.function.BooleanSupplier f = () -> {
      // :: error: [walker.required]
      return walkShared(vma, addr, sz) != null;
    };
    hugetlb_walker_unlock();
    return f.getAsBoolean();
  }

  static boolean iMmapIsNotTheWalkerLock(VmAreaStruct vma, long addr, long sz) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    // :: error: [walker.required]
    boolean found = walkShared(vma, addr, sz) != null;
    i_mmap_unlock_read(mapping);
    return found;
  }
}

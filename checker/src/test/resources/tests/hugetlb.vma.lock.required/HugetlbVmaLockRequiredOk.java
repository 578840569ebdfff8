import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class HugetlbVmaLockRequiredOk {
  // ok: hugetlb.vma.lock.required
  @RequiresHugetlbVmaLock("vma")
  static int faultShared(VmAreaStruct vma, long addr) {
    return 0;
  }

  // ok: hugetlb.vma.lock.required
  @Requires(kind = LockKind.HUGETLB_VMA_WRITE, on = "vma")
  static void unshareAll(VmAreaStruct vma) {
    faultShared(vma, 0);
  }

  // ok: hugetlb.vma.lock.required
  static int readLock(VmAreaStruct vma, long addr) {
    hugetlb_vma_lock_read(vma);
    int r = faultShared(vma, addr);
    hugetlb_vma_unlock_read(vma);
    return r;
  }

  // ok: hugetlb.vma.lock.required
  static int writeSatisfiesBoth(VmAreaStruct vma, long addr) {
    hugetlb_vma_lock_write(vma);
    unshareAll(vma);
    int r = faultShared(vma, addr);
    hugetlb_vma_unlock_write(vma);
    return r;
  }

  // ok: hugetlb.vma.lock.required
  static int throughLocalAlias(VmAreaStruct vma, long addr) {
    VmAreaStruct cur = vma;
    hugetlb_vma_lock_read(cur);
    int r = faultShared(vma, addr);
    hugetlb_vma_unlock_read(vma);
    return r;
  }

  // ok: hugetlb.vma.lock.required
  static int underMmapThenHugetlbVmaLock(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    int r = -1;
    if (vma != null) {
      hugetlb_vma_lock_read(vma);
      try {
        r = faultShared(vma, addr);
      } finally {
        hugetlb_vma_unlock_read(vma);
      }
    }
    mmap_read_unlock(mm);
    return r;
  }

  // ok: hugetlb.vma.lock.required
  static int eachIteration(VmAreaStruct vma, long addr, int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) {
      hugetlb_vma_lock_read(vma);
      sum += faultShared(vma, addr);
      hugetlb_vma_unlock_read(vma);
    }
    return sum;
  }
}

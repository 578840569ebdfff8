import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class DoubleOk {
  // ok: lock.double.acquire
  static void rcuNests() {
    rcu_read_lock();
    rcu_read_lock();
    rcu_read_unlock();
    rcu_read_unlock();
  }

  // ok: lock.double.acquire
  static void walkerNests() {
    hugetlb_walker_lock();
    hugetlb_walker_lock();
    hugetlb_walker_unlock();
    hugetlb_walker_unlock();
  }

  // ok: lock.double.acquire
  static void vmaStartWriteTwice(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    vma_start_write(vma);
    mmap_write_unlock(mm);
  }

  // ok: lock.double.acquire
  static void twoMms(MmStruct a, MmStruct b) {
    mmap_read_lock(a);
    mmap_read_lock(b);
    mmap_read_unlock(b);
    mmap_read_unlock(a);
  }

  // ok: lock.double.acquire
  static void relockAfterUnlock(MmStruct mm) {
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
    mmap_write_lock(mm);
    mmap_write_unlock(mm);
  }

  // ok: lock.double.acquire
  static void trylockFallback(MmStruct mm) {
    if (!mmap_read_trylock(mm)) {
      mmap_read_lock(mm);
    }
    mmap_read_unlock(mm);
  }

  // ok: lock.double.acquire
  static void lockInLoopBody(MmStruct mm, int n) {
    for (int i = 0; i < n; i++) {
      mmap_read_lock(mm);
      mmap_read_unlock(mm);
    }
  }

  // ok: lock.double.acquire
  static void nolockMapThenSpin(MmStruct mm, Pmd pmd, long addr) {
    mmap_read_lock(mm);
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_ro_nolock(mm, pmd, addr, ptlp);
    if (pte != null) {
      spin_lock(ptlp.get());
      spin_unlock(ptlp.get());
      pte_unmap(pte);
    }
    mmap_read_unlock(mm);
  }

  // ok: lock.double.acquire
  static void lockAfterNullLookup(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      mmap_read_lock(mm);
      mmap_read_unlock(mm);
      return;
    }
    vma_end_read(vma);
  }
}

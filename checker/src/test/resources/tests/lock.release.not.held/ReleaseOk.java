import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ReleaseOk {
  // ok: lock.release.not.held
  static void downgradeThenRead(MmStruct mm) {
    mmap_write_lock(mm);
    mmap_write_downgrade(mm);
    mmap_read_unlock(mm);
  }

  // ok: lock.release.not.held
  static void trylockBranch(MmStruct mm) {
    if (mmap_read_trylock(mm)) {
      mmap_read_unlock(mm);
    }
  }

  // ok: lock.release.not.held
  static void trylockBoolean(MmStruct mm) {
    boolean ok = mmap_read_trylock(mm);
    if (!ok) {
      return;
    }
    mmap_read_unlock(mm);
  }

  // ok: lock.release.not.held
  static void throughAlias(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(vma.vm_mm);
    mmap_read_unlock(mm);
  }

  // ok: lock.release.not.held
  static void endReadNonNull(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma != null) {
      vma_end_read(vma);
    }
  }

  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  static void drop(MmStruct mm) {
    mmap_read_unlock(mm);
  }

  // ok: lock.release.not.held
  static void viaHelper(MmStruct mm) {
    mmap_read_lock(mm);
    drop(mm);
  }

  // ok: lock.release.not.held
  static void rcuNested() {
    rcu_read_lock();
    rcu_read_lock();
    rcu_read_unlock();
    rcu_read_unlock();
  }

  // ok: lock.release.not.held
  static void tryFinally(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    try {
      VmAreaStruct vma = find_vma(mm, addr);
      if (vma == null) {
        return;
      }
    } finally {
      mmap_read_unlock(mm);
    }
  }

  // ok: lock.release.not.held
  static void lockedMapUnlock(MmStruct mm, Pmd pmd, long addr) {
    mmap_read_lock(mm);
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte != null) {
      pte_unmap_unlock(pte, ptlp.get());
    }
    mmap_read_unlock(mm);
  }

  // ok: lock.release.not.held
  static void loopBalanced(MmStruct mm, int n) {
    for (int i = 0; i < n; i++) {
      mmap_read_lock(mm);
      mmap_read_unlock(mm);
    }
  }
}

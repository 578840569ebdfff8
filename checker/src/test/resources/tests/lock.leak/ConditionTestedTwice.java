import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pgtable.*;

// A lock held only if a result is non-null (or a trylock succeeded) keeps that condition across
// a first test of it whose two sides rejoin, so that a second test can release it.
class ConditionTestedTwice {
  // ok: lock.leak
  static void vmaTestedTwice(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      addr++;
    }
    if (vma != null) {
      vma_end_read(vma);
    }
  }

  // ok: lock.leak
  @RequiresMmapRead("mm")
  static long pteTestedTwice(MmStruct mm, Pmd pmd, long addr, Ref<Spinlock> ptlp) {
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    long v = pte == null ? 0 : 1;
    if (pte != null) {
      pte_unmap_unlock(pte, ptlp.get());
    }
    return v;
  }

  // ok: lock.leak
  static int trylockTestedTwice(MmStruct mm) {
    boolean ok = mmap_read_trylock(mm);
    int n = ok ? 1 : 0;
    if (ok) {
      mmap_read_unlock(mm);
    }
    return n;
  }

  // ok: lock.leak
  static void trylockOnOnePath(MmStruct mm, int k) {
    boolean ok = false;
    if (k * 2 == 6) {
      ok = mmap_read_trylock(mm);
    }
    if (ok) {
      mmap_read_unlock(mm);
    }
  }

  // The first test released the lock on its true side: the second release is one too many.
  static void releasedOnTheFirstTest(MmStruct mm) {
    boolean ok = mmap_read_trylock(mm);
    if (ok) {
      mmap_read_unlock(mm);
    }
    if (ok) {
      // :: error: [lock.release.not.held]
      mmap_read_unlock(mm);
    }
  }

  // The non-null side keeps the VMA lock.
  // :: error: [lock.leak]
  static void keptOnTheNonNullSide(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma != null) {
      addr++;
    }
  }
}

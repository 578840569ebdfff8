import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class WriteUnlockedBad {
  // Holding the mmap write lock is not the PTE lock.
  static void mmapWriteOnly(MmStruct mm, Pmd pmd, long addr) {
    mmap_write_lock(mm);
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte != null) {
      // :: error: [pte.write.unlocked]
      pte_clear(mm, addr, pte);
      pte_unmap(pte);
    }
    mmap_write_unlock(mm);
  }

  // A Pte parameter without @PteLocked has no known lock.
  static void unknownParam(MmStruct mm, long addr, Pte pte) {
    // :: error: [pte.write.unlocked]
    pte_clear(mm, addr, pte);
  }

  // A @PteMapped parameter is mapped but its lock is not held.
  static void mappedParam(MmStruct mm, long addr, @PteMapped Pte pte, long val) {
    // :: error: [pte.write.unlocked]
    set_pte_at(mm, addr, pte, val);
  }

  // The write comes after the lock was dropped.
  static long afterSpinUnlock(MmStruct mm, Pmd pmd, long addr) {
    mmap_write_lock(mm);
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      mmap_write_unlock(mm);
      return 0;
    }
    spin_lock(ptlp.get());
    long old = ptep_get(pte);
    spin_unlock(ptlp.get());
    // :: error: [pte.write.unlocked]
    long got = ptep_get_and_clear(mm, addr, pte);
    pte_unmap(pte);
    mmap_write_unlock(mm);
    return old + got;
  }

  // The lock of another PTE table is held, not this one's.
  static void wrongLock(MmStruct mm, Pmd pmd1, Pmd pmd2, long addr) {
    mmap_write_lock(mm);
    Ref<Long> pmdvalp1 = new Ref<>();
    Ref<Spinlock> ptlp1 = new Ref<>();
    Ref<Long> pmdvalp2 = new Ref<>();
    Ref<Spinlock> ptlp2 = new Ref<>();
    Pte pte1 = pte_offset_map_rw_nolock(mm, pmd1, addr, pmdvalp1, ptlp1);
    if (pte1 == null) {
      mmap_write_unlock(mm);
      return;
    }
    Pte pte2 = pte_offset_map_rw_nolock(mm, pmd2, addr, pmdvalp2, ptlp2);
    if (pte2 == null) {
      pte_unmap(pte1);
      mmap_write_unlock(mm);
      return;
    }
    spin_lock(ptlp1.get());
    // :: error: [pte.write.unlocked]
    pte_clear(mm, addr, pte2);
    spin_unlock(ptlp1.get());
    pte_unmap(pte2);
    pte_unmap(pte1);
    mmap_write_unlock(mm);
  }

  // The lock is taken and dropped inside the loop; the write after the loop is unlocked.
  static long afterLoop(MmStruct mm, Pmd pmd, long addr, int n) {
    mmap_write_lock(mm);
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      mmap_write_unlock(mm);
      return 0;
    }
    long sum = 0;
    for (int i = 0; i < n; i++) {
      spin_lock(ptlp.get());
      sum += ptep_get(pte);
      spin_unlock(ptlp.get());
    }
    // :: error: [pte.write.unlocked]
    set_pte_at(mm, addr, pte, sum);
    pte_unmap(pte);
    mmap_write_unlock(mm);
    return sum;
  }

  // A lambda runs later: it holds nothing of its enclosing method's locks.
  @RequiresMmapRead("mm")
  static boolean lambdaRunsLater(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return false;
    }
    // :: error: [pte.write.unlocked]
    Runnable later = () -> pte_clear(mm, addr, pte);
    later.run();
    pte_unmap_unlock(pte, ptlp.get());
    return true;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class UnvalidatedBad {
  // The PTE lock alone: the table may be a detached one.
  @RequiresMmapRead("mm")
  static boolean lockOnly(MmStruct mm, Pmd pmd, long addr, long val) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return false;
    }
    spin_lock(ptlp.get());
    // :: error: [pte.write.unvalidated]
    set_pte_at(mm, addr, pte, val);
    spin_unlock(ptlp.get());
    pte_unmap(pte);
    return true;
  }

  // pmd_same() before the lock was taken does not count.
  @RequiresMmapRead("mm")
  static boolean checkedBeforeLock(MmStruct mm, Pmd pmd, long addr) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return false;
    }
    if (!pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd))) {
      pte_unmap(pte);
      return false;
    }
    spin_lock(ptlp.get());
    // :: error: [pte.write.unvalidated]
    pte_clear(mm, addr, pte);
    spin_unlock(ptlp.get());
    pte_unmap(pte);
    return true;
  }

  // Dropping the lock forgets the revalidation.
  @RequiresMmapRead("mm")
  static boolean relocked(MmStruct mm, Pmd pmd, long addr) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return false;
    }
    spin_lock(ptlp.get());
    if (!pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd))) {
      spin_unlock(ptlp.get());
      pte_unmap(pte);
      return false;
    }
    spin_unlock(ptlp.get());
    spin_lock(ptlp.get());
    // :: error: [pte.write.unvalidated]
    ptep_get_and_clear(mm, addr, pte);
    spin_unlock(ptlp.get());
    pte_unmap(pte);
    return true;
  }

  // The write is on the side where pmd_same() was false.
  @RequiresMmapRead("mm")
  static boolean wrongBranch(MmStruct mm, Pmd pmd, long addr, long val) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return false;
    }
    spin_lock(ptlp.get());
    if (pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd))) {
      spin_unlock(ptlp.get());
      pte_unmap(pte);
      return true;
    }
    // :: error: [pte.write.unvalidated]
    set_pte_at(mm, addr, pte, val);
    spin_unlock(ptlp.get());
    pte_unmap(pte);
    return false;
  }

  // The mmap read lock does not exempt: only the write lock does.
  static void mmapReadOnly(MmStruct mm, Pmd pmd, long addr) {
    mmap_read_lock(mm);
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte != null) {
      Spinlock ptl = ptlp.get();
      spin_lock(ptl);
      // :: error: [pte.write.unvalidated]
      pte_clear(mm, addr, pte);
      spin_unlock(ptl);
      pte_unmap(pte);
    }
    mmap_read_unlock(mm);
  }

  // A downgraded mmap lock is a read lock.
  static void downgraded(MmStruct mm, Pmd pmd, long addr) {
    mmap_write_lock(mm);
    mmap_write_downgrade(mm);
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte != null) {
      spin_lock(ptlp.get());
      // :: error: [pte.write.unvalidated]
      pte_clear(mm, addr, pte);
      spin_unlock(ptlp.get());
      pte_unmap(pte);
    }
    mmap_read_unlock(mm);
  }

  // Validated only on the first loop iteration: the lock is dropped at the end of each one.
  @RequiresMmapRead("mm")
  static long loopValidatedOnce(MmStruct mm, Pmd pmd, long addr, int n) {
    Ref<Long> pmdvalp = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
    if (pte == null) {
      return 0;
    }
    spin_lock(ptlp.get());
    if (!pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd))) {
      spin_unlock(ptlp.get());
      pte_unmap(pte);
      return 0;
    }
    long sum = 0;
    for (int i = 0; i < n; i++) {
      // :: error: [pte.write.unvalidated]
      sum += ptep_get_and_clear(mm, addr, pte);
      spin_unlock(ptlp.get());
      spin_lock(ptlp.get());
    }
    spin_unlock(ptlp.get());
    pte_unmap(pte);
    return sum;
  }
}

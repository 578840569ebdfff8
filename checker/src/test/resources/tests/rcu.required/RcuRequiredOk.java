import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class RcuRequiredOk {
  // ok: rcu.required
  @RequiresRcu
  static int lookupLockless(MmStruct mm, long addr) {
    return 0;
  }

  // ok: rcu.required
  static int inSection(MmStruct mm, long addr) {
    rcu_read_lock();
    int r = lookupLockless(mm, addr);
    rcu_read_unlock();
    return r;
  }

  // ok: rcu.required
  static int nestedSectionStillOpen(MmStruct mm, long addr) {
    rcu_read_lock();
    rcu_read_lock();
    rcu_read_unlock();
    int r = lookupLockless(mm, addr);
    rcu_read_unlock();
    return r;
  }

  // ok: rcu.required
  @RequiresRcu
  static int chained(MmStruct mm, long addr) {
    return lookupLockless(mm, addr) + lookupLockless(mm, addr + PAGE_SIZE);
  }

  // ok: rcu.required
  static int mappedPteImpliesRcu(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    Pte pte = pte_offset_map(pmd, addr);
    int r = -1;
    if (pte != null) {
      r = lookupLockless(mm, addr);
      pte_unmap(pte);
    }
    mmap_read_unlock(mm);
    return r;
  }

  // ok: rcu.required
  static int lockedPteImpliesRcu(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    int r = -1;
    if (pte != null) {
      r = lookupLockless(mm, addr);
      pte_unmap_unlock(pte, ptlp.get());
    }
    mmap_read_unlock(mm);
    return r;
  }

  // ok: rcu.required
  static int sectionInLoopAndTry(MmStruct mm, long addr, int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) {
      rcu_read_lock();
      try {
        sum += lookupLockless(mm, addr + i * PAGE_SIZE);
      } finally {
        rcu_read_unlock();
      }
    }
    return sum;
  }

  // ok: rcu.required
  static int lambdaOpensItsOwnSection(MmStruct mm, long addr) {
    java.util.function.IntSupplier f = () -> {
      rcu_read_lock();
      int r = lookupLockless(mm, addr);
      rcu_read_unlock();
      return r;
    };
    return f.getAsInt();
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class RcuRequiredFlagged {
  @RequiresRcu
  static int lookupLockless(MmStruct mm, long addr) {
    return 0;
  }

  static int withNothing(MmStruct mm, long addr) {
    // :: error: [rcu.required]
    return lookupLockless(mm, addr);
  }

  static int afterUnlock(MmStruct mm, long addr) {
    rcu_read_lock();
    rcu_read_unlock();
    // :: error: [rcu.required]
    return lookupLockless(mm, addr);
  }

  static int mmapLockIsNotRcu(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    // :: error: [rcu.required]
    int r = lookupLockless(mm, addr);
    mmap_read_unlock(mm);
    return r;
  }

  static long afterPteUnmap(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      mmap_read_unlock(mm);
      return 0;
    }
    long v = ptep_get(pte);
    pte_unmap(pte);
    // :: error: [rcu.required]
    int r = lookupLockless(mm, addr);
    mmap_read_unlock(mm);
    return v + r;
  }

  static int nestedSectionClosedTwice(MmStruct mm, long addr) {
    rcu_read_lock();
    rcu_read_lock();
    rcu_read_unlock();
    rcu_read_unlock();
    // :: error: [rcu.required]
    return lookupLockless(mm, addr);
  }

  static int walkerLockIsNotRcuSection(MmStruct mm, long addr) {
    hugetlb_walker_lock();
    // :: error: [rcu.required]
    int r = lookupLockless(mm, addr);
    hugetlb_walker_unlock();
    return r;
  }

  static int inLambda(MmStruct mm, long addr) {
    rcu_read_lock();
    java.util.function.IntSupplier f = () -> {
      // :: error: [rcu.required]
      return lookupLockless(mm, addr);
    };
    rcu_read_unlock();
    return f.getAsInt();
  }

  static int vmaLockIsNotRcu(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return -1;
    }
    // :: error: [rcu.required]
    int r = lookupLockless(mm, addr);
    vma_end_read(vma);
    return r;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class RawOffsetFlagged {
  // Properly protected, but still the raw walk: hugetlb_walk(vma, ...) would check the locking.
  static boolean underHvmaOfItsVma(VmAreaStruct vma, long addr, long sz) {
    hugetlb_vma_lock_read(vma);
    // :: warning: [hugetlb.raw.offset]
    Pte pte = huge_pte_offset(vma.vm_mm, addr, sz);
    hugetlb_vma_unlock_read(vma);
    return pte != null;
  }

  // Through an mm alias, under i_mmap_rwsem of a VMA of that mm.
  static boolean underIMmapThroughAlias(VmAreaStruct vma, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    // :: warning: [hugetlb.raw.offset]
    Pte pte = huge_pte_offset(mm, addr, sz);
    i_mmap_unlock_write(mapping);
    return pte != null;
  }

  // Under the walker lock, reading the entry.
  static long underWalker(MmStruct mm, long addr, long sz) {
    long v = 0;
    hugetlb_walker_lock();
    // :: warning: [hugetlb.raw.offset]
    Pte pte = huge_pte_offset(mm, addr, sz);
    if (pte != null) {
      v = huge_ptep_get(mm, addr, pte);
    }
    hugetlb_walker_unlock();
    return v;
  }

  // In a loop, in a helper whose caller holds the walker lock.
  @RequiresWalkerLock
  static int inLoopCallerWalker(MmStruct mm, long start, long sz, int n) {
    int found = 0;
    for (int i = 0; i < n; i++) {
      // :: warning: [hugetlb.raw.offset]
      if (huge_pte_offset(mm, start + i * sz, sz) != null) {
        found++;
      }
    }
    return found;
  }

  // In a helper whose caller holds the hugetlb VMA lock.
  @RequiresHugetlbVmaLock("vma")
  static boolean callerHvma(VmAreaStruct vma, long addr, long sz) {
    // :: warning: [hugetlb.raw.offset]
    return huge_pte_offset(vma.vm_mm, addr, sz) != null;
  }

  // Unprotected as well: both the warning and the error.
  static boolean noLockAtAll(MmStruct mm, long addr, long sz) {
    // :: warning: [hugetlb.raw.offset]
    // :: error: [hugetlb.walk.unprotected]
    return huge_pte_offset(mm, addr, sz) != null;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class HugetlbWalkFlagged {
  // Unknown sharing counts as possibly shared: the mmap lock alone does not stop a PMD unshare.
  static boolean mmapOnlyUnknownSharing(VmAreaStruct vma, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    // :: error: [hugetlb.walk.unprotected]
    Pte pte = hugetlb_walk(vma, addr, sz);
    boolean found = pte != null;
    mmap_read_unlock(mm);
    return found;
  }

  // Known shared (VM_MAYSHARE set): the mmap lock, even for write, is not enough.
  static boolean mmapWriteOnSharedBranch(VmAreaStruct vma, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    boolean found = false;
    mmap_write_lock(mm);
    if ((vma.vm_flags & VM_MAYSHARE) != 0) {
      // :: error: [hugetlb.walk.unprotected]
      Pte pte = hugetlb_walk(vma, addr, sz);
      found = pte != null;
    }
    mmap_write_unlock(mm);
    return found;
  }

  // A @SharedMapping parameter with only the mmap lock required of the caller.
  @RequiresMmapRead("vma.vm_mm")
  static boolean sharedParamMmapOnly(@SharedMapping VmAreaStruct vma, long addr, long sz) {
    // :: error: [hugetlb.walk.unprotected]
    return hugetlb_walk(vma, addr, sz) != null;
  }

  // A private mapping (the == 0 test) with no lock at all: it needs the mmap lock.
  @RequiresVmaLock("vma")
  static boolean privateBranchNoMmap(VmAreaStruct vma, long addr, long sz) {
    if ((vma.vm_flags & VM_MAYSHARE) == 0) {
      // :: error: [hugetlb.walk.unprotected]
      return hugetlb_walk(vma, addr, sz) != null;
    }
    return false;
  }

  // A @PrivateMapping parameter under RCU only: RCU is not a walk guard.
  static boolean privateParamRcuOnly(@PrivateMapping VmAreaStruct vma, long addr, long sz) {
    rcu_read_lock();
    // :: error: [hugetlb.walk.unprotected]
    Pte pte = hugetlb_walk(vma, addr, sz);
    boolean found = pte != null;
    rcu_read_unlock();
    return found;
  }

  // The hugetlb VMA lock was dropped before the walk.
  static boolean hvmaDroppedBeforeWalk(VmAreaStruct vma, long addr, long sz) {
    hugetlb_vma_lock_read(vma);
    hugetlb_vma_unlock_read(vma);
    // :: error: [hugetlb.walk.unprotected]
    return hugetlb_walk(vma, addr, sz) != null;
  }

  // The hugetlb VMA lock of another VMA does not protect this one.
  static boolean hvmaOfAnotherVma(VmAreaStruct vma, VmAreaStruct other, long addr, long sz) {
    hugetlb_vma_lock_read(other);
    // :: error: [hugetlb.walk.unprotected]
    Pte pte = hugetlb_walk(vma, addr, sz);
    hugetlb_vma_unlock_read(other);
    return pte != null;
  }

  // i_mmap_rwsem of another file's mapping does not protect this VMA's walk.
  static boolean iMmapOfAnotherMapping(VmAreaStruct vma, VmAreaStruct other, long addr, long sz) {
    AddressSpace mapping = other.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    // :: error: [hugetlb.walk.unprotected]
    Pte pte = hugetlb_walk(vma, addr, sz);
    i_mmap_unlock_read(mapping);
    return pte != null;
  }

  // Walking again while the lock is dropped to reschedule in a loop.
  static int walkWhileDroppedInLoop(VmAreaStruct vma, long start, long sz, int n) {
    int found = 0;
    hugetlb_vma_lock_read(vma);
    for (int i = 0; i < n; i++) {
      if (hugetlb_walk(vma, start + i * sz, sz) != null) {
        found++;
      }
      hugetlb_vma_unlock_read(vma);
      // :: error: [hugetlb.walk.unprotected]
      if (hugetlb_walk(vma, start + i * sz + sz, sz) != null) {
        found++;
      }
      hugetlb_vma_lock_read(vma);
    }
    hugetlb_vma_unlock_read(vma);
    return found;
  }

  // The raw walk of an mm under its mmap lock only: a possibly shared mapping.
  static boolean rawOffsetMmapOnly(MmStruct mm, long addr, long sz) {
    mmap_read_lock(mm);
    // :: error: [hugetlb.walk.unprotected]
    // :: warning: [hugetlb.raw.offset]
    Pte pte = huge_pte_offset(mm, addr, sz);
    mmap_read_unlock(mm);
    return pte != null;
  }

  // The raw walk of an mm: the hugetlb VMA lock of a VMA of some other mm does not count.
  static boolean rawOffsetHvmaOfOtherMm(VmAreaStruct vma, MmStruct mm, long addr, long sz) {
    hugetlb_vma_lock_read(vma);
    // :: error: [hugetlb.walk.unprotected]
    // :: warning: [hugetlb.raw.offset]
    Pte pte = huge_pte_offset(mm, addr, sz);
    hugetlb_vma_unlock_read(vma);
    return pte != null;
  }
}

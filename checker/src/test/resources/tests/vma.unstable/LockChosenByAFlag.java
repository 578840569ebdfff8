import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;

// One lock or another, chosen by a boolean: what either lock proves holds on both values of it.
class LockChosenByAFlag {
  static void eitherLock(VmAreaStruct vma, boolean c) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    if (c) {
      mmap_read_lock(mm);
    } else {
      i_mmap_lock_read(mapping);
    }
    long f = vma.vm_flags;
    if (c) {
      mmap_read_unlock(mm);
    } else {
      i_mmap_unlock_read(mapping);
    }
  }

  static void oneLockOnly(VmAreaStruct vma, boolean c) {
    MmStruct mm = vma.vm_mm;
    if (c) {
      mmap_read_lock(mm);
    }
    // :: error: [vma.unstable]
    long f = vma.vm_flags;
    if (c) {
      mmap_read_unlock(mm);
    }
  }

  // The per-VMA lock, or the mmap lock as fallback, told apart by a flag: the VMA is non-null
  // exactly where the flag says the mmap lock is not held.
  static void vmaLockOrFallback(MmStruct mm, long a, Pmd pmd) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, a);
    boolean locked = false;
    if (vma == null) {
      mmap_read_lock(mm);
      locked = true;
    }
    pgd_offset(mm, a);
    pte_alloc(mm, pmd);
    if (locked) {
      mmap_read_unlock(mm);
    } else {
      vma_end_read(vma);
    }
  }

  // The same, released by a test of the VMA instead of the flag.
  static void releasedByNullTest(MmStruct mm, long a) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, a);
    boolean locked = false;
    if (vma == null) {
      mmap_read_lock(mm);
      locked = true;
    }
    pgd_offset(mm, a);
    if (vma != null) {
      vma_end_read(vma);
    } else {
      mmap_read_unlock(mm);
    }
  }

  // The flag given a new value: it tells nothing about the VMA any more.
  // :: error: [lock.leak] [lock.leak]
  static void flagOverwritten(MmStruct mm, long a, boolean again) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, a);
    boolean locked = false;
    if (vma == null) {
      mmap_read_lock(mm);
      locked = true;
    }
    locked = again;
    if (locked) {
      // :: error: [lock.release.not.held]
      mmap_read_unlock(mm);
    } else {
      // :: error: [null.unchecked]
      vma_end_read(vma);
    }
  }
}

package fault;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
/** arm64 do_page_fault (arch/arm64/mm/fault.c 6.12): per-VMA lock first, then mmap lock with retry. */
class Fault {
  static final int VM_FAULT_SIGSEGV = 0x2, VM_FAULT_RETRY = 0x400, VM_FAULT_COMPLETED = 0x4000;
  static final long VM_WRITE = 0x2;

  /**
   * handle_mm_fault(vma, ..., FAULT_FLAG_VMA_LOCK): returns true when it dropped the VMA lock
   * (VM_FAULT_RETRY or VM_FAULT_COMPLETED), false with it still held.
   */
  @Releases(kind = LockKind.VMA_READ, on = "vma")
  @AcquiresIf(result = false, kind = LockKind.VMA_READ, on = "vma")
  static boolean handle_mm_fault_vma_locked(VmAreaStruct vma, long address) {
    if (address < vma.vm_start) {
      vma_end_read(vma);
      return true;
    }
    return false;
  }

  /** handle_mm_fault under the mmap read lock: true when it dropped the mmap lock. */
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = false, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean handle_mm_fault_mmap_locked(VmAreaStruct vma, long address) {
    if (address < vma.vm_start) {
      mmap_read_unlock(vma.vm_mm);
      return true;
    }
    return false;
  }

  @MightSleep
  @AcquiresIfNonNull(kind = LockKind.MMAP_READ, on = "mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "mm")
  static VmAreaStruct lock_mm_and_find_vma(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null || vma.vm_start > addr) {
      mmap_read_unlock(mm);
      return null;
    }
    return vma;
  }

  @MightSleep
  static int do_page_fault(MmStruct mm, long addr, long vm_flags, boolean user) {
    VmAreaStruct vma;
    int fault = 0;
    lock_mmap: {
      if (!user) {
        break lock_mmap;
      }
      vma = lock_vma_under_rcu(mm, addr);
      if (vma == null) {
        break lock_mmap;
      }
      if ((vma.vm_flags & vm_flags) == 0) {
        vma_end_read(vma);
        return VM_FAULT_SIGSEGV; /* bad_area */
      }
      boolean dropped = handle_mm_fault_vma_locked(vma, addr);
      if (!dropped) {
        vma_end_read(vma);
        return 0; /* done */
      }
      /* VMA_LOCK_RETRY: fall back */
    }
    /* retry: */
    for (;;) {
      vma = lock_mm_and_find_vma(mm, addr);
      if (vma == null) {
        return VM_FAULT_SIGSEGV;
      }
      if ((vma.vm_flags & vm_flags) == 0) {
        mmap_read_unlock(mm);
        return VM_FAULT_SIGSEGV;
      }
      boolean dropped = handle_mm_fault_mmap_locked(vma, addr);
      if (dropped) {
        continue; /* VM_FAULT_RETRY: FAULT_FLAG_TRIED, goto retry */
      }
      break;
    }
    mmap_read_unlock(mm);
    return fault;
  }
}

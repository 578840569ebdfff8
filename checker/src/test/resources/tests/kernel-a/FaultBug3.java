import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class FaultBug3 {
  static final int VM_FAULT_SIGSEGV = 0x2, VM_FAULT_MAJOR = 0x4, VM_FAULT_RETRY = 0x400, VM_FAULT_COMPLETED = 0x4000;
  static final long VM_GROWSDOWN = 0x100, VM_WRITE = 0x2;
  static boolean user_mode, signal_pending;

  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean mmap_write_lock_killable(MmStruct mm) {
    if (signal_pending) return true;
    mmap_write_lock(mm);
    return false;
  }
  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_READ, on = "mm")
  static boolean mmap_read_lock_killable(MmStruct mm) {
    if (signal_pending) return true;
    mmap_read_lock(mm);
    return false;
  }

  @MightSleep
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean get_mmap_lock_carefully(MmStruct mm) {
    if (mmap_read_trylock(mm)) return true;
    if (!user_mode) { /* && !search_exception_tables(ip) */
      return false;
    }
    return !mmap_read_lock_killable(mm);
  }

  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean upgrade_mmap_lock_carefully(MmStruct mm) {
    mmap_read_unlock(mm);
    if (!user_mode) return false;
    return !mmap_write_lock_killable(mm);
  }

  /* expand_downwards() */
  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static int expand_stack_locked(VmAreaStruct vma, long address) {
    if ((vma.vm_flags & VM_GROWSDOWN) == 0) return -14;
    AnonVma av = vma.anon_vma; /* anon_vma_prepare(vma) */
    if (av == null) return -12;
    vma_start_write(vma);
    anon_vma_lock_write(av);
    if (address < vma.vm_start) {
      vma.vm_start = address; /* vma->vm_pgoff -= grow; */
    }
    anon_vma_unlock_write(av);
    return 0;
  }

  @MightSleep
  @MayReturnNull
  @AcquiresIfNonNull(kind = LockKind.MMAP_READ, on = "mm")
  @Aliases(path = "result.vm_mm", to = "mm")
  static VmAreaStruct lock_mm_and_find_vma(MmStruct mm, long addr) {
    VmAreaStruct vma;
    if (!get_mmap_lock_carefully(mm)) return null;
    vma = find_vma(mm, addr);
    if (vma != null && vma.vm_start <= addr) return vma;
    if (vma == null || (vma.vm_flags & VM_GROWSDOWN) == 0) {
      mmap_read_unlock(mm);
      return null;
    }
    /* !mmap_upgrade_trylock(mm) */
    if (!upgrade_mmap_lock_carefully(mm)) return null;
    vma = find_vma(mm, addr);
    if (vma == null) { mmap_write_unlock(mm); return null; } /* goto fail */
    // :: error: [contract.postcondition]
    if (vma.vm_start <= addr) { return vma; } /* goto success, BUG: no downgrade */
    if ((vma.vm_flags & VM_GROWSDOWN) == 0) { mmap_write_unlock(mm); return null; }
    if (expand_stack_locked(vma, addr) != 0) { mmap_write_unlock(mm); return null; }
    mmap_write_downgrade(mm); /* success: */
    return vma;
  }

  @RequiresVmaStable("vma")
  static boolean access_error(VmAreaStruct vma, boolean write) {
    return write && (vma.vm_flags & VM_WRITE) == 0;
  }

  /* handle_mm_fault(..., FAULT_FLAG_VMA_LOCK): VMA lock dropped iff RETRY|COMPLETED; returns true then */
  @MightSleep
  @Releases(kind = LockKind.VMA_READ, on = "vma")
  @AcquiresIf(result = false, kind = LockKind.VMA_READ, on = "vma")
  static boolean handle_mm_fault_vma(VmAreaStruct vma, long address, Ref<Integer> fault) {
    int f = address < vma.vm_start ? VM_FAULT_RETRY : 0;
    fault.set(f);
    if ((f & (VM_FAULT_RETRY | VM_FAULT_COMPLETED)) != 0) {
      vma_end_read(vma); /* release_fault_lock(vmf) */
      return true;
    }
    return false;
  }

  /* handle_mm_fault() under the mmap lock: mmap lock dropped iff RETRY|COMPLETED */
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = false, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean handle_mm_fault_mmap(VmAreaStruct vma, long address, Ref<Integer> fault) {
    int f = address < vma.vm_start ? VM_FAULT_RETRY : 0;
    fault.set(f);
    if ((f & (VM_FAULT_RETRY | VM_FAULT_COMPLETED)) != 0) {
      mmap_read_unlock(vma.vm_mm);
      return true;
    }
    return false;
  }

  @MightSleep
  static int do_user_addr_fault(MmStruct mm, long address, boolean write, boolean user) {
    Ref<Integer> faultp = new Ref<>();
    int fault;
    VmAreaStruct vma;
    if (user) {
      vma = lock_vma_under_rcu(mm, address);
      if (vma != null) {
        if (access_error(vma, write)) {
          vma_end_read(vma); /* bad_area_access_error(regs, error_code, address, NULL, vma) */
          return VM_FAULT_SIGSEGV;
        }
        boolean dropped = handle_mm_fault_vma(vma, address, faultp);
        fault = faultp.get();
        if (!dropped) vma_end_read(vma);
        if ((fault & VM_FAULT_RETRY) == 0) return fault; /* goto done */
        if (signal_pending) return 0;
      }
    }
    /* lock_mmap: retry: */
    for (;;) {
      vma = lock_mm_and_find_vma(mm, address);
      if (vma == null) return VM_FAULT_SIGSEGV; /* bad_area_nosemaphore */
      if (access_error(vma, write)) {
        mmap_read_unlock(mm); /* bad_area_access_error(regs, error_code, address, mm, vma) */
        return VM_FAULT_SIGSEGV;
      }
      boolean dropped = handle_mm_fault_mmap(vma, address, faultp);
      fault = faultp.get();
      if (signal_pending) {
        if (!dropped) mmap_read_unlock(mm);
        return 0;
      }
      if (dropped) { /* VM_FAULT_COMPLETED or VM_FAULT_RETRY */
        if ((fault & VM_FAULT_COMPLETED) != 0) return 0;
        continue; /* goto retry */
      }
      break;
    }
    mmap_read_unlock(mm);
    return fault;
  }
}

package org.mmlock.examples;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.MightSleep;
import org.mmlock.qual.RequiresVmaStable;

/**
 * The per-VMA-lock fast path of {@code do_user_addr_fault()} from arch/x86/mm/fault.c (the same
 * shape is in the arm64, powerpc, riscv and s390 fault handlers), with its fallback to the mmap
 * lock.
 *
 * <p>{@code lock_vma_under_rcu()} returns the VMA read-locked or NULL. On NULL nothing is held and
 * the handler goes to {@code lock_mmap}: {@code mmap_read_lock} + {@code vma_lookup}. When the
 * locked attempt needs a retry, the VMA lock is dropped <em>before</em> the mmap lock is taken
 * (Documentation/mm/process_addrs.rst: taking the mmap lock while holding a VMA read lock can
 * deadlock against {@code vma_start_write}).
 *
 * <p>Demonstrates: {@code null.unchecked} on {@code lock_vma_under_rcu}/{@code vma_lookup}, VMA
 * fields read under either lock, {@code lock.order} respected, no {@code lock.leak}.
 */
public final class DoUserAddrFault {
  private DoUserAddrFault() {}

  static final int VM_FAULT_SIGSEGV = 0x2;
  static final int VM_FAULT_RETRY = 0x400;
  static final long VM_WRITE = 0x2;

  /**
   * {@code access_error()}: reads {@code vma->vm_flags}, so the VMA must be stable.
   *
   * @param vma the VMA
   * @param write whether the access is a write
   * @return true when the access is not allowed
   */
  @RequiresVmaStable("vma")
  static boolean access_error(VmAreaStruct vma, boolean write) {
    return write && (vma.vm_flags & VM_WRITE) == 0;
  }

  /**
   * Stand-in for {@code handle_mm_fault()}: the fault proper, under either lock.
   *
   * @param vma the VMA
   * @param address the address
   * @param write whether it is a write fault
   * @return a {@code vm_fault_t}
   */
  @RequiresVmaStable("vma")
  static int handle_mm_fault(VmAreaStruct vma, long address, boolean write) {
    return address < vma.vm_start ? VM_FAULT_SIGSEGV : 0;
  }

  /**
   * The user fault: VMA lock first, mmap lock as fallback.
   *
   * @param mm the faulting mm
   * @param address the faulting address
   * @param write whether it is a write fault
   * @return a {@code vm_fault_t}
   */
  @MightSleep
  public static int do_user_addr_fault(MmStruct mm, long address, boolean write) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, address);
    if (vma != null) {
      if (access_error(vma, write)) {
        vma_end_read(vma); /* bad_area_access_error(..., vma) */
        return VM_FAULT_SIGSEGV;
      }
      int fault = handle_mm_fault(vma, address, write);
      vma_end_read(vma);
      if ((fault & VM_FAULT_RETRY) == 0) {
        return fault;
      }
      /* count_vm_vma_lock_event(VMA_LOCK_RETRY): fall through to lock_mmap */
    }
    return lock_mmap(mm, address, write);
  }

  /**
   * The {@code lock_mmap:} label: the classic path under the mmap read lock.
   *
   * @param mm the faulting mm
   * @param address the faulting address
   * @param write whether it is a write fault
   * @return a {@code vm_fault_t}
   */
  @MightSleep
  static int lock_mmap(MmStruct mm, long address, boolean write) {
    mmap_read_lock(mm);
    VmAreaStruct vma = vma_lookup(mm, address);
    if (vma == null) {
      mmap_read_unlock(mm); /* bad_area(regs, error_code, address) */
      return VM_FAULT_SIGSEGV;
    }
    if (access_error(vma, write)) {
      mmap_read_unlock(mm);
      return VM_FAULT_SIGSEGV;
    }
    int fault = handle_mm_fault(vma, address, write);
    mmap_read_unlock(mm);
    return fault;
  }
}

package org.mmlock.examples.buggy;

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
 * Buggy twin of {@code org.mmlock.examples.DoUserAddrFault} ({@code do_user_addr_fault()},
 * arch/x86/mm/fault.c).
 *
 * <p>Wrong: when the VMA-locked fault asks for a retry, this version takes the mmap lock first and
 * drops the VMA read lock afterwards. A writer holding the mmap write lock may be waiting in
 * {@code vma_start_write()} for our VMA read lock, while we wait for its mmap lock: ABBA deadlock.
 * Documentation/mm/process_addrs.rst "Lock usage" (warning after the lock-state table) and the
 * notes' rule ORDER-VMA-AFTER-MMAP: never take the mmap lock while holding a VMA read lock.
 *
 * <p>Expected: {@code lock.order} on {@code mmap_read_lock}.
 */
public final class DoUserAddrFaultBuggy {
  private DoUserAddrFaultBuggy() {}

  static final int VM_FAULT_SIGSEGV = 0x2;
  static final int VM_FAULT_RETRY = 0x400;

  @RequiresVmaStable("vma")
  static int handle_mm_fault(VmAreaStruct vma, long address) {
    return address < vma.vm_start ? VM_FAULT_SIGSEGV : 0;
  }

  @MightSleep
  public static int do_user_addr_fault(MmStruct mm, long address) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, address);
    if (vma == null) {
      return VM_FAULT_RETRY; /* goto lock_mmap: not shown */
    }
    int fault = handle_mm_fault(vma, address);
    if ((fault & VM_FAULT_RETRY) == 0) {
      vma_end_read(vma);
      return fault;
    }
    // :: error: [lock.order]
    mmap_read_lock(mm);
    vma_end_read(vma);
    VmAreaStruct mvma = vma_lookup(mm, address);
    if (mvma == null) {
      mmap_read_unlock(mm);
      return VM_FAULT_SIGSEGV;
    }
    fault = handle_mm_fault(mvma, address);
    mmap_read_unlock(mm);
    return fault;
  }
}

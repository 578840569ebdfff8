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

/**
 * Buggy twin of {@code org.mmlock.examples.DoGetMempolicy} ({@code do_get_mempolicy()},
 * mm/mempolicy.c).
 *
 * <p>Wrong: the result of {@code vma_lookup()} is used without the NULL check. For an address in a
 * hole (or above the last VMA) {@code vma_lookup} returns NULL and the kernel would oops on
 * {@code vma->vm_policy}; the real code unlocks and returns {@code -EFAULT}. Notes rule
 * VMA-STABLE-READ (its sketch) and the {@code null.unchecked} rule of the catalogue.
 *
 * <p>Expected: {@code null.unchecked} on the read of {@code vma.vm_private_data}.
 */
public final class DoGetMempolicyBuggy {
  private DoGetMempolicyBuggy() {}

  @MightSleep
  public static int do_get_mempolicy(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = vma_lookup(mm, addr);
    // :: error: [null.unchecked]
    Object pol = vma.vm_private_data;
    mmap_read_unlock(mm);
    return pol != null ? 0 : 1;
  }
}

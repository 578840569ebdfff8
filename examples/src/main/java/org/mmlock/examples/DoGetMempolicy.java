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

/**
 * The {@code MPOL_F_ADDR} branch of {@code do_get_mempolicy()} from mm/mempolicy.c.
 *
 * <p>The policy of the VMA containing {@code addr} is looked up under the mmap read lock with
 * {@code vma_lookup()}, which returns NULL when no VMA contains the address: the kernel then
 * unlocks and returns {@code -EFAULT} before touching the VMA. {@code vm_private_data} stands for
 * {@code vma->vm_policy} ({@code __get_vma_policy}).
 *
 * <p>Demonstrates: {@code vma_lookup} under the mmap lock with its null check
 * ({@code null.unchecked}, {@code mmap.required} done right).
 */
public final class DoGetMempolicy {
  private DoGetMempolicy() {}

  static final int EFAULT = -14;

  /**
   * Returns 0 when the VMA at {@code addr} has its own policy, 1 when it uses the task's, or
   * {@code -EFAULT}.
   *
   * @param mm the mm of the current task
   * @param addr the address
   * @return 0, 1, or {@code -EFAULT}
   */
  @MightSleep
  public static int do_get_mempolicy(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = vma_lookup(mm, addr);
    if (vma == null) {
      mmap_read_unlock(mm);
      return EFAULT;
    }
    Object pol = vma.vm_private_data; /* __get_vma_policy(vma, addr, &ilx) */
    mmap_read_unlock(mm);
    return pol != null ? 0 : 1;
  }
}

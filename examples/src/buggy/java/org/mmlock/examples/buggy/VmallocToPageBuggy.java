package org.mmlock.examples.buggy;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.RequiresMmapRead;

/**
 * Buggy twin of {@code org.mmlock.examples.VmallocToPage} ({@code vmalloc_to_page()},
 * mm/vmalloc.c), copied to look up a <em>user</em> address.
 *
 * <p>Wrong: the kernel-table accessor {@code pte_offset_kernel()} is used on a user mm's PTE
 * table. It takes no RCU read lock and does not map the table (HIGHPTE), so the table can be
 * retracted and freed under the reader (1d65b771bc08); user tables must go through
 * {@code pte_offset_map*()} / {@code pte_unmap()}. The mmap read lock does not help: tables are
 * retracted under rmap locks. Notes rule PTE-RCU-MINIMUM (its ✗ sketch), seed 000.
 *
 * <p>Expected: {@code pte.kernel.accessor.user} on {@code pte_offset_kernel}.
 */
public final class VmallocToPageBuggy {
  private VmallocToPageBuggy() {}

  @RequiresMmapRead("mm")
  public static long user_addr_to_page(MmStruct mm, long addr) {
    long page = 0;
    Pgd pgd = pgd_offset(mm, addr);
    P4d p4d = p4d_offset(pgd, addr);
    Pud pud = pud_offset(p4d, addr);
    Pmd pmd = pmd_offset(pud, addr);
    long pmdval = pmdp_get(pmd);
    if (pmd_none(pmdval) || pmd_trans_huge(pmdval)) {
      return 0;
    }
    // :: error: [pte.kernel.accessor.user]
    Pte ptep = pte_offset_kernel(pmd, addr);
    long pte = ptep_get(ptep);
    if (pte_present(pte)) {
      page = pte >>> 12;
    }
    return page;
  }
}

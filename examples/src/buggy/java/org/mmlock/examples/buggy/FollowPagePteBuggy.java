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
 * Buggy twin of {@code org.mmlock.examples.FollowPagePte} ({@code follow_page_pte()}, mm/gup.c).
 *
 * <p>Wrong: after {@code pte_unmap_unlock(ptep, ptl)} the entry is read again through
 * {@code ptep}. Once unmapped, the PTE table is neither locked nor RCU-protected: it may have been
 * retracted and freed (1d65b771bc08), so the read is a use-after-free. The notes' rule
 * PTE-UNMAP-PAIRING (mm/pgtable-generic.c: "Until pte_unmap(pte) unmaps and rcu_read_unlock()s
 * afterwards") forbids any access after unmap; the real function copies the entry into a local
 * under the lock.
 *
 * <p>Expected: {@code pte.use.after.unmap} on the second {@code ptep_get}.
 */
public final class FollowPagePteBuggy {
  private FollowPagePteBuggy() {}

  static final long NO_PAGE = 0;

  @RequiresMmapRead("vma.vm_mm")
  public static long follow_page_pte(VmAreaStruct vma, long address) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, address);
    P4d p4d = p4d_offset(pgd, address);
    Pud pud = pud_offset(p4d, address);
    Pmd pmd = pmd_offset(pud, address);

    Ref<Spinlock> ptlp = new Ref<>();
    Pte ptep = pte_offset_map_lock(mm, pmd, address, ptlp);
    if (ptep == null) {
      return NO_PAGE;
    }
    Spinlock ptl = ptlp.get();
    long pte = ptep_get(ptep);
    if (!pte_present(pte)) {
      pte_unmap_unlock(ptep, ptl);
      return NO_PAGE;
    }
    pte_unmap_unlock(ptep, ptl);
    // :: error: [pte.use.after.unmap]
    long page = ptep_get(ptep) >>> 12;
    return page;
  }
}

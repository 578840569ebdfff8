import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class KernelAccessorBad {
  // A user mm's table, even under the mmap lock.
  static long userMmUnderMmapLock(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    // :: error: [pte.kernel.accessor.user]
    Pte pte = pte_offset_kernel(pmd, addr);
    long val = ptep_get(pte);
    mmap_read_unlock(mm);
    return val;
  }

  // A Pmd parameter without @KernelMm is of unknown origin.
  static long pmdParam(Pmd pmd, long addr) {
    // :: error: [pte.kernel.accessor.user]
    return ptep_get(pte_offset_kernel(pmd, addr));
  }

  // Walked from a VMA's mm, through an alias.
  @RequiresVmaStable("vma")
  static long fromVma(VmAreaStruct vma, long addr) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, addr);
    P4d p4d = p4d_offset(pgd, addr);
    Pud pud = pud_offset(p4d, addr);
    Pmd pmd = pmd_offset(pud, addr);
    // :: error: [pte.kernel.accessor.user]
    return ptep_get(pte_offset_kernel(pmd, addr));
  }

  // The else side of an init_mm test is a user mm.
  @RequiresMmapRead("mm")
  static long elseBranch(MmStruct mm, long addr) {
    if (mm == init_mm) {
      return 0;
    } else {
      Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
      // :: error: [pte.kernel.accessor.user]
      Pte pte = pte_offset_kernel(pmd, addr);
      return ptep_get(pte);
    }
  }

  // A parameter known to be a user mm.
  @RequiresMmapRead("mm")
  static long userMmParam(@UserMm MmStruct mm, long addr) {
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    // :: error: [pte.kernel.accessor.user]
    return ptep_get(pte_offset_kernel(pmd, addr));
  }

  // A PMD known kernel on one path only is not known kernel after the join.
  @RequiresMmapRead("mm")
  static long joinedProvenance(MmStruct mm, long addr, boolean kernel) {
    Pud pud;
    if (kernel) {
      pud = pud_offset(p4d_offset(pgd_offset(init_mm, addr), addr), addr);
    } else {
      pud = pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr);
    }
    Pmd pmd = pmd_offset(pud, addr);
    // :: error: [pte.kernel.accessor.user]
    return ptep_get(pte_offset_kernel(pmd, addr));
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class KernelAccessorOk {
  // ok: pte.kernel.accessor.user
  static long initMmChain(long addr) {
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(init_mm, addr), addr), addr), addr);
    Pte pte = pte_offset_kernel(pmd, addr);
    return ptep_get(pte);
  }

  // ok: pte.kernel.accessor.user
  static long kernelPmdParam(@KernelMm Pmd pmd, long addr) {
    return ptep_get(pte_offset_kernel(pmd, addr));
  }

  // ok: pte.kernel.accessor.user
  static long afterInitMmTest(MmStruct mm, long addr) {
    if (mm == init_mm) {
      Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
      return ptep_get(pte_offset_kernel(pmd, addr));
    }
    return 0;
  }

  // ok: pte.kernel.accessor.user
  static long earlyReturnUnlessKernel(MmStruct mm, long addr) {
    if (mm != init_mm) {
      return 0;
    }
    Pgd pgd = pgd_offset(mm, addr);
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd, addr), addr), addr);
    return ptep_get(pte_offset_kernel(pmd, addr));
  }

  // ok: pte.kernel.accessor.user
  static long kernelMmParam(@KernelMm MmStruct mm, long addr) {
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    return ptep_get(pte_offset_kernel(pmd, addr));
  }

  // ok: pte.kernel.accessor.user
  static long aliasOfInitMm(long addr) {
    MmStruct k = init_mm;
    mmap_read_lock(k);
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(k, addr), addr), addr), addr);
    long v = ptep_get(pte_offset_kernel(pmd, addr));
    mmap_read_unlock(init_mm);
    return v;
  }

  // ok: pte.kernel.accessor.user
  static long userTablesMapped(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    Pte pte = pte_offset_map(pmd, addr);
    long val = 0;
    if (pte != null) {
      val = ptep_get(pte);
      pte_unmap(pte);
    }
    mmap_read_unlock(mm);
    return val;
  }

  // ok: pte.kernel.accessor.user
  @RequiresMmapRead("mm")
  static long walkedBeforeInitMmTest(MmStruct mm, long addr) {
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    if (mm == init_mm) {
      return ptep_get(pte_offset_kernel(pmd, addr));
    }
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return 0;
    }
    long v = ptep_get(pte);
    pte_unmap(pte);
    return v;
  }
}

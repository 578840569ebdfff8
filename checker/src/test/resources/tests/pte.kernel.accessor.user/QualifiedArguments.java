import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Hugetlb.*;

// @KernelMm and @PrivateMapping let the callee's body use the laxer rule, so each call must pass
// an argument known to be so (@UserMm and @SharedMapping are what an unknown is taken for).
class QualifiedArguments {
  static Pte kernelPte(@KernelMm Pmd pmd, long addr) {
    return pte_offset_kernel(pmd, addr);
  }

  static void kernelMm(@KernelMm MmStruct mm) {
  }

  @RequiresMmapRead("vma.vm_mm")
  static Pte privateWalk(@PrivateMapping VmAreaStruct vma, long addr, long sz) {
    return hugetlb_walk(vma, addr, sz);
  }

  static void userMm(@UserMm MmStruct mm) {
  }

  @RequiresMmapRead("mm")
  static void callers(MmStruct mm, VmAreaStruct vma, long addr) {
    Pmd k = pmd_offset(pud_offset(p4d_offset(pgd_offset(init_mm, addr), addr), addr), addr);
    kernelPte(k, addr);
    kernelMm(init_mm);
    if (mm == init_mm) {
      kernelMm(mm);
    }
    Pmd u = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    // :: error: [pte.kernel.accessor.user]
    kernelPte(u, addr);
    // :: error: [pte.kernel.accessor.user]
    kernelMm(mm);
    userMm(mm);
  }

  static void vmas(VmAreaStruct vma, long addr) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    if ((vma.vm_flags & VM_MAYSHARE) == 0) {
      privateWalk(vma, addr, 1);
    }
    // :: error: [hugetlb.walk.unprotected]
    privateWalk(vma, addr, 1);
    mmap_read_unlock(mm);
  }
}

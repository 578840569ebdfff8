import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// @Aliases written with the result second is the same promise: a returned null keeps it, a VMA
// or an mm the caller gave does not.
class AliasesEitherSpelling {
  @RequiresMmapRead("mm")
  @Aliases(path = "mm", to = "result.vm_mm")
  static VmAreaStruct passedThrough(MmStruct mm, VmAreaStruct other) {
    // :: error: [contract.postcondition]
    return other;
  }

  // ok: contract.postcondition -- null has no fields to alias, in this spelling too
  @RequiresMmapRead("mm")
  @MayReturnNull
  @Aliases(path = "mm", to = "result.vm_mm")
  static VmAreaStruct lookup(MmStruct mm, long addr) {
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null || vma.vm_start > addr) {
      return null;
    }
    return vma;
  }

  @Aliases(path = "vma.vm_mm", to = "result")
  static MmStruct mmOfOrOther(VmAreaStruct vma, MmStruct other, boolean c) {
    if (c) {
      // :: error: [contract.postcondition]
      return other;
    }
    return vma.vm_mm;
  }
}

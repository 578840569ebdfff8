import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// @Aliases on a method with a body is a promise about what it returns: checked at each return.
class AliasesKept {
  // ok: contract.postcondition -- find_vma's result is a VMA of mm; null has no fields
  @RequiresMmapRead("mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "mm")
  static VmAreaStruct lookup(MmStruct mm, long addr) {
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null || vma.vm_start > addr) {
      return null;
    }
    return vma;
  }

  // ok: contract.postcondition
  @Aliases(path = "result", to = "vma.vm_mm")
  static MmStruct mmOf(VmAreaStruct vma) {
    return vma.vm_mm;
  }

  // A VMA the caller gave: nothing says it belongs to mm.
  @RequiresMmapRead("mm")
  @Aliases(path = "result.vm_mm", to = "mm")
  static VmAreaStruct passedThrough(MmStruct mm, VmAreaStruct other) {
    // :: error: [contract.postcondition]
    return other;
  }

  // The wrong mm on one path.
  @Aliases(path = "result", to = "vma.vm_mm")
  static MmStruct mmOfOrOther(VmAreaStruct vma, MmStruct other, boolean c) {
    if (c) {
      // :: error: [contract.postcondition]
      return other;
    }
    return vma.vm_mm;
  }
}

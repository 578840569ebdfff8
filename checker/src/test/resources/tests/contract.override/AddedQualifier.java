import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

// A parameter qualifier that each call must meet (@KernelMm, @PrivateMapping, @PteMapped,
// @PteLocked) is a requirement: an override may not add it.
class AddedQualifier {
  interface Peek {
    long peek(Pmd pmd, long addr);
  }

  static class KernelPeek implements Peek {
    // :: error: [contract.override]
    public long peek(@KernelMm Pmd pmd, long addr) {
      return ptep_get(pte_offset_kernel(pmd, addr));
    }
  }

  interface Walk {
    @RequiresMmapRead("vma.vm_mm")
    long w(VmAreaStruct vma, long addr);
  }

  static class PrivWalk implements Walk {
    @RequiresMmapRead("vma.vm_mm")
    // :: error: [contract.override]
    public long w(@PrivateMapping VmAreaStruct vma, long addr) {
      return 0;
    }
  }

  interface Reader {
    long read(Pte pte);
  }

  static class MappedReader implements Reader {
    // :: error: [contract.override]
    public long read(@PteMapped Pte pte) {
      return ptep_get(pte);
    }
  }

  interface LockedReader {
    long read(@PteLocked Pte pte);
  }

  // ok: contract.override (a locked PTE is mapped: @PteMapped asks less than @PteLocked)
  static class Fine implements LockedReader {
    public long read(@PteMapped Pte pte) {
      return ptep_get(pte);
    }
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Helpers {
  // :: error: [contract.expression.invalid]
  @RequiresMmapRead("vma.vm_mmm")      // ERROR: [contract.expression.invalid] no field vm_mmm
  static long end(VmAreaStruct vma) {
    // :: error: [vma.unstable]
    return vma.vm_end;                 // and then [vma.unstable]: the requirement was ignored
  }

  // :: error: [contract.expression.invalid]
  @Acquires(kind = LockKind.MMAP_READ, on = "result")   // ERROR: [contract.expression.invalid] void method, no result
  static void lock(MmStruct mm) { }
}

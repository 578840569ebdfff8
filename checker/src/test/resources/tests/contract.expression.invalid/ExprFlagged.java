import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ExprFlagged {
  // :: error: [contract.expression.invalid]
  @RequiresMmapRead("nope")
  static void unknownName(MmStruct mm) {
  }

  // :: error: [contract.expression.invalid]
  @RequiresMmapRead("#9") static void positionOutOfRange(MmStruct mm) {
  }

  // :: error: [contract.expression.invalid]
  @RequiresVmaStable("vma.no_such_field")
  static long noSuchField(VmAreaStruct vma) {
    return 0;
  }

  @MightSleep
  // :: error: [contract.expression.invalid]
  @Acquires(kind = LockKind.MMAP_READ, on = "result")
  static void resultInVoid(MmStruct mm) {
  }

  // :: error: [contract.expression.invalid]
  @RequiresMmapRead("this") static void thisInStatic(MmStruct mm) {
  }

  // :: error: [contract.expression.invalid]
  @RequiresMmapRead("mm.get()") static void getOnNonRef(MmStruct mm) {
  }

  // :: error: [contract.expression.invalid]
  @RequiresMmapRead("vma..vm_mm") static void emptySegment(VmAreaStruct vma) {
  }

  // :: error: [contract.expression.invalid]
  @RequiresMmapRead("") static void emptyText(MmStruct mm) {
  }

  // :: error: [contract.expression.invalid]
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mmm") static void typoInReleases(VmAreaStruct vma) {
  }

  // :: error: [contract.expression.invalid]
  @RequiresAny({@Requires(kind = LockKind.MMAP_READ, on = "#0"), @Requires(kind = LockKind.VMA_READ, on = "vma")})
  static void zeroPosition(VmAreaStruct vma) {
  }

  // :: error: [contract.expression.invalid]
  @RequiresMmapRead("vma.vm_start.x") static void fieldOfPrimitive(VmAreaStruct vma) {
  }
}

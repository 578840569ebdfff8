import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

interface VmaVisitor {
  long visit(VmAreaStruct vma);
}

class EndVisitor implements VmaVisitor {
  @RequiresMmapRead("vma.vm_mm")       // VmaVisitor.visit has no such requirement
  // :: error: [contract.override]
  public long visit(VmAreaStruct vma) {   // ERROR: [contract.override]
    return vma.vm_end;
  }
}

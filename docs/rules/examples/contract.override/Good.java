import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

interface VmaVisitorFixed {
  @RequiresMmapRead("vma.vm_mm")       // the interface states it; every caller is checked
  long visit(VmAreaStruct vma);
}

class EndVisitorFixed implements VmaVisitorFixed {
  @RequiresMmapRead("vma.vm_mm")       // OK: the same requirement (or fewer)
  public long visit(VmAreaStruct vma) {
    return vma.vm_end;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Escapes {
  // :: error: [contract.unjustified]
  @AssumeHeld(kind = LockKind.MMAP_READ, on = "mm", why = "")   // ERROR: [contract.unjustified]
  static VmAreaStruct first(MmStruct mm) {
    return find_vma(mm, 0);
  }

  // :: error: [contract.unjustified]
  @NotChecked(why = "")                // ERROR: [contract.unjustified]
  static void flushTlb(MmStruct mm) { }
}

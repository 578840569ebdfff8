import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class EscapesFixed {
  @AssumeHeld(kind = LockKind.MMAP_READ, on = "mm",
      why = "only called from the fault handler, which holds the mmap read lock")
  static VmAreaStruct first(MmStruct mm) {
    return find_vma(mm, 0);            // OK
  }

  @NotChecked(why = "models the TLB; takes no kernel locks")
  static void flushTlb(MmStruct mm) { }
}

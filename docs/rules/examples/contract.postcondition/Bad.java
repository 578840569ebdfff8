import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Contracts {
  @MightSleep
  @Acquires(kind = LockKind.MMAP_READ, on = "mm")
  static boolean lockUser(MmStruct mm) {
    // :: error: [contract.postcondition]
    if (mm == init_mm) return false;   // ERROR: [contract.postcondition] MMAP_R(mm) not held
    mmap_read_lock(mm);
    return true;
  }

  @RequiresMmapRead("mm")
  // :: error: [contract.postcondition]
  static void finish(MmStruct mm) {    // ERROR: [contract.postcondition] returns without it
    mmap_read_unlock(mm);              // releases the required lock; no @Releases
  }
}

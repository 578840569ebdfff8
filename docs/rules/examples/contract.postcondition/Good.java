import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ContractsFixed {
  @MightSleep
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")   // held iff it returns true
  static boolean lockUser(MmStruct mm) {
    if (mm == init_mm) return false;   // OK
    mmap_read_lock(mm);
    return true;
  }

  @Releases(kind = LockKind.MMAP_READ, on = "mm")   // says what the body does
  static void finish(MmStruct mm) {
    mmap_read_unlock(mm);              // OK
  }
}

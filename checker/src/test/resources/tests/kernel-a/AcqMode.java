import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class AcqMode {
  /* declares it returns holding the mmap lock for read, but holds it for write */
  @MightSleep
  @Acquires(kind = LockKind.MMAP_READ, on = "mm")
  // :: error: [contract.postcondition]
  static void lock_for_read(MmStruct mm) {
    mmap_write_lock(mm);
  }

  @MightSleep
  static void user(MmStruct mm) {
    lock_for_read(mm);
    mmap_read_unlock(mm);   /* at run time: read-unlock of a write-held rwsem */
  }
}

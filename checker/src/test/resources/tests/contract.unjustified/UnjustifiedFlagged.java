import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class UnjustifiedFlagged {
  // :: error: [contract.unjustified]
  @AssumeHeld(kind = LockKind.MMAP_READ, on = "mm", why = "") static VmAreaStruct first(MmStruct mm) {
    return find_vma(mm, 0);
  }

  // :: error: [contract.unjustified]
  @NotChecked(why = "") static void flushTlb(MmStruct mm) {
  }

  // :: error: [contract.unjustified]
  @AssumeHeld(kind = LockKind.RCU, on = "", why = "   ") static void blankReason() {
  }

  // :: error: [contract.unjustified]
  @NotChecked(why = "") static void bodySkipped(MmStruct mm) {
    mmap_read_lock(mm);
  }

  // :: error: [contract.unjustified]
  @AssumeHeld(kind = LockKind.MMAP_READ, on = "mm", why = "fault path holds it") @AssumeHeld(kind = LockKind.I_MMAP_READ, on = "m", why = "") static void oneOfTwo(MmStruct mm, AddressSpace m) {
    mmap_assert_locked(mm);
  }

  // :: error: [contract.unjustified] [contract.unjustified]
  @AssumeHeld(kind = LockKind.MMAP_READ, on = "mm", why = "") @AssumeHeld(kind = LockKind.I_MMAP_READ, on = "m", why = "") static void bothEmpty(MmStruct mm, AddressSpace m) {
  }

  static class Owner {
    MmStruct mm;

    // :: error: [contract.unjustified]
    @AssumeHeld(kind = LockKind.MMAP_WRITE, on = "this.mm", why = "") Owner(MmStruct mm) {
      this.mm = mm;
    }
  }
}

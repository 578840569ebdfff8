import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class UnjustifiedOk {
  // ok: contract.unjustified
  @AssumeHeld(kind = LockKind.MMAP_READ, on = "mm", why = "only called from the fault handler, which holds the mmap read lock")
  static VmAreaStruct first(MmStruct mm) {
    return find_vma(mm, 0);
  }

  // ok: contract.unjustified
  @NotChecked(why = "models the TLB; takes no kernel locks") static void flushTlb(MmStruct mm) {
  }

  // ok: contract.unjustified
  @NotChecked(why = "exclusive owner of this mm during exec") static void bodyNotChecked(MmStruct mm) {
    mmap_read_lock(mm);
  }

  // ok: contract.unjustified
  @AssumeHeld(kind = LockKind.MMAP_READ, on = "mm", why = "caller in unchecked code holds it")
  @AssumeHeld(kind = LockKind.I_MMAP_READ, on = "m", why = "rmap walk holds i_mmap_rwsem")
  static void twoReasons(MmStruct mm, AddressSpace m) {
    mmap_assert_locked(mm);
  }

  @RequiresRcu
  static void needsRcu() {
  }

  // ok: contract.unjustified
  @AssumeHeld(kind = LockKind.RCU, on = "", why = "softirq callback runs inside an RCU section")
  static void assumedRcu() {
    needsRcu();
  }
}

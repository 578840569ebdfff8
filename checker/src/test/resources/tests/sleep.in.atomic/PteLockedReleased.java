import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Pgtable.*;

// A @PteLocked PTE whose lock the contract names (do_wp_page's shape: entered with the PTE
// mapped and locked, it drops both, then may sleep): that lock is the PTE's.
class PteLockedReleased {
  @Releases(kind = LockKind.PTE_LOCK, on = "ptl")
  @UnmapsPte("pte")
  static void dropThenSleep(@PteLocked Pte pte, Spinlock ptl) {
    pte_unmap_unlock(pte, ptl);
    synchronize_rcu();
  }

  @Releases(kind = LockKind.PTE_LOCK, on = "ptl")
  @UnmapsPte("pte")
  static void sleepFirst(@PteLocked Pte pte, Spinlock ptl) {
    // :: error: [sleep.in.atomic]
    synchronize_rcu();
    pte_unmap_unlock(pte, ptl);
  }

  // The lock stays with the caller: held at exit, as on entry.
  @Requires(kind = LockKind.PTE_LOCK, on = "ptl")
  static void keeps(MmStruct mm, long addr, @PteLocked Pte pte, Spinlock ptl) {
    pte_clear(mm, addr, pte);
  }

  @Requires(kind = LockKind.PTE_LOCK, on = "ptl")
  // :: error: [contract.postcondition]
  static void dropsTheCallersLock(@PteLocked Pte pte, Spinlock ptl) {
    spin_unlock(ptl);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Pgtable.*;

// A callee that may sleep and releases (or unmaps) what it is given drops it before it sleeps
// (do_swap_page: entered with the PTE mapped, unmapped before the swap-in sleeps). What else the
// caller holds still makes the call atomic.
class CalleeReleasesFirst {
  @UnmapsPte("pte")
  @MightSleep
  static void doSwapPage(@PteMapped Pte pte) {
    pte_unmap(pte);
    synchronize_rcu();
  }

  @RequiresVmaStable("vma")
  @MightSleep
  static void handlePteFault(VmAreaStruct vma, Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return;
    }
    doSwapPage(pte);
  }

  @RequiresVmaStable("vma")
  @MightSleep
  static void otherPteStillMapped(VmAreaStruct vma, Pmd pmd, Pmd pmd2, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return;
    }
    Pte other = pte_offset_map(pmd2, addr);
    if (other == null) {
      pte_unmap(pte);
      return;
    }
    // :: error: [sleep.in.atomic]
    doSwapPage(pte);
    pte_unmap(other);
  }

  @RequiresVmaStable("vma")
  @MightSleep
  static void underRcu(VmAreaStruct vma, Pmd pmd, long addr) {
    rcu_read_lock();
    Pte pte = pte_offset_map(pmd, addr);
    if (pte != null) {
      // :: error: [sleep.in.atomic]
      doSwapPage(pte);
    }
    rcu_read_unlock();
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

// A PTE received mapped belongs to the caller, who goes on using it and unmaps it: a method
// that unmaps it declares so (@UnmapsPte), as one that releases a lock declares @Releases.
class UnmapsBorrowedPte {
  // :: error: [contract.postcondition]
  static void peekAndDrop(@PteMapped Pte pte) {
    ptep_get(pte);
    pte_unmap(pte);
  }

  static void dropSometimes(@PteMapped Pte pte, boolean done) {
    if (done) {
      pte_unmap(pte);
    }
    // :: error: [contract.postcondition]
    return;
  }

  // ok: contract.postcondition (declared)
  @UnmapsPte("pte")
  static void finish(@PteMapped Pte pte) {
    pte_unmap(pte);
  }

  // ok: contract.postcondition (left mapped for the caller)
  static long peek(@PteMapped Pte pte) {
    return ptep_get(pte);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Rcu.*;

public class ReleasesThenSleeps {
  /** do_swap_page(): "We enter with ... pte mapped but not yet locked"; unmaps, then swaps in (sleeps). */
  @UnmapsPte("pte")
  @MightSleep
  static void do_swap_page(@PteMapped Pte pte) {
    pte_unmap(pte);               /* pte_unmap_same(vmf) */
    synchronize_rcu();            /* swapin_readahead(): may sleep */
  }

  @RequiresVmaStable("vma")
  @MightSleep
  static void handle_pte_fault(VmAreaStruct vma, Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) return;
    do_swap_page(pte);            /* reported: sleep.in.atomic, held {MAPPED(pte)} */
  }
}

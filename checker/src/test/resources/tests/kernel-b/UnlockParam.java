import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Rcu.*;

public class UnlockParam {
  /** do_wp_page() shape: entered with vmf->pte mapped and locked, drops it, then may sleep. */
  @Releases(kind = LockKind.PTE_LOCK, on = "ptl")
  @UnmapsPte("pte")
  static void drop_then_sleep(@PteLocked Pte pte, Spinlock ptl) {
    pte_unmap_unlock(pte, ptl);
    synchronize_rcu();            /* folio_prealloc(): GFP_KERNEL allocation */
  }
}

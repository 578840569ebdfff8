import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

public class PteSameNone {
  /**
   * Installs into an empty slot of a _rw_nolock table, "revalidated" with pte_same on a none value.
   * A detached (RCU-pending) table is all zeroes, so pte_same(none, ptep_get(pte)) is true there too:
   * seed 004 (pte_same works only because !pte_none(orig) && pte_none(*pte)); move_pages_pte():
   * "since dst_pte needs to be none, the subsequent pte_same() check cannot prevent the dst_pte
   * page from being freed concurrently, so we also need to obtain dst_pmdval and recheck pmd_same()".
   */
  @RequiresVmaStable("vma")
  static void install(VmAreaStruct vma, Pmd pmd, long addr, long newval) {
    Ref<Long> pmdval = new Ref<>();
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_rw_nolock(vma.vm_mm, pmd, addr, pmdval, ptlp);
    if (pte == null) return;
    long orig = ptep_get_lockless(pte);
    if (!pte_none(orig)) { pte_unmap(pte); return; }
    Spinlock ptl = ptlp.get();
    spin_lock(ptl);
    if (!pte_same(orig, ptep_get(pte))) { pte_unmap_unlock(pte, ptl); return; }
    // :: error: [pte.write.unvalidated]
    set_pte_at(vma.vm_mm, addr, pte, newval);   /* may land in a detached table: accepted */
    pte_unmap_unlock(pte, ptl);
  }
}

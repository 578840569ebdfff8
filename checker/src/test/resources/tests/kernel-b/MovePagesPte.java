import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class MovePagesPte {
  static final int EAGAIN = -11, EINVAL = -22, EEXIST = -17, ENOENT = -2;
  static final long UFFDIO_MOVE_MODE_ALLOW_SRC_HOLES = 2;

  static boolean folio_trylock(long f) { return true; }
  @MightSleep static void folio_lock(long f) {}

  /** move_pages_pte() (mm/userfaultfd.c, v6.13), move_present_pte() inlined. */
  @RequiresMmapRead("mm")
  @MightSleep
  static int move_pages_pte(MmStruct mm, Pmd dst_pmd, Pmd src_pmd, long dst_addr, long src_addr, long mode) {
    int err = 0;
    Pte src_pte = null, dst_pte = null;
    long src_folio = 0, src_folio_pte = 0;
    Ref<Long> dummy_pmdval = new Ref<>();
    Ref<Long> dst_pmdval = new Ref<>();
    Ref<Spinlock> src_ptl = new Ref<>(), dst_ptl = new Ref<>();
    out:
    for (;;) { /* retry: */
      dst_pte = pte_offset_map_rw_nolock(mm, dst_pmd, dst_addr, dst_pmdval, dst_ptl);
      if (dst_pte == null) { err = EAGAIN; break out; }
      src_pte = pte_offset_map_rw_nolock(mm, src_pmd, src_addr, dummy_pmdval, src_ptl);
      if (src_pte == null) { err = EAGAIN; break out; }

      if (pmd_none(pmdp_get(dst_pmd)) || pmd_none(pmdp_get(src_pmd))
          || pmd_trans_huge(pmdp_get(dst_pmd)) || pmd_trans_huge(pmdp_get(src_pmd))) {
        err = EINVAL;
        break out;
      }
      spin_lock(dst_ptl.get());
      long orig_dst_pte = ptep_get(dst_pte);
      spin_unlock(dst_ptl.get());
      if (!pte_none(orig_dst_pte)) { err = EEXIST; break out; }

      spin_lock(src_ptl.get());
      long orig_src_pte = ptep_get(src_pte);
      spin_unlock(src_ptl.get());
      if (pte_none(orig_src_pte)) {
        err = (mode & UFFDIO_MOVE_MODE_ALLOW_SRC_HOLES) == 0 ? ENOENT : 0;
        break out;
      }
      if (src_folio != 0 && !pte_same(src_folio_pte, orig_src_pte)) { err = EAGAIN; break out; }

      if (pte_present(orig_src_pte)) {
        if (src_folio == 0) {
          src_folio = orig_src_pte >> 12;
          src_folio_pte = orig_src_pte;
          if (!folio_trylock(src_folio)) {
            pte_unmap(src_pte);
            pte_unmap(dst_pte);
            src_pte = dst_pte = null;
            folio_lock(src_folio); /* now we can block and wait */
            continue;             /* goto retry */
          }
        }
        /* move_present_pte(): double_pt_lock(dst_ptl, src_ptl) */
        spin_lock(dst_ptl.get());
        spin_lock(src_ptl.get());
        if (!pte_same(ptep_get(src_pte), orig_src_pte)
            || !pte_same(ptep_get(dst_pte), orig_dst_pte)
            || !pmd_same(dst_pmdval.get(), pmdp_get_lockless(dst_pmd))) {
          err = EAGAIN;
        } else {
          orig_src_pte = ptep_get_and_clear(mm, src_addr, src_pte); /* ptep_clear_flush */
          set_pte_at(mm, dst_addr, dst_pte, orig_src_pte);
        }
        spin_unlock(src_ptl.get()); /* double_pt_unlock */
        spin_unlock(dst_ptl.get());
      }
      break out;
    }
    if (dst_pte != null) pte_unmap(dst_pte);
    if (src_pte != null) pte_unmap(src_pte);
    return err;
  }
}

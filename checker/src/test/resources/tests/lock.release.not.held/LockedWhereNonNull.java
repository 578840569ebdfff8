import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.Pgtable.*;

// A lock taken only where a local tested non-null is held iff that local is non-null, and a later
// test of it settles the lock (collapse_pte_mapped_thp's abort path: "if (start_pte)
// pte_unmap_unlock(start_pte, ptl);").
class LockedWhereNonNull {
  @RequiresVmaStable("vma")
  static void abortPath(VmAreaStruct vma, Pmd pmd, long haddr) {
    Ref<Long> pgt_pmd = new Ref<>();
    Ref<Spinlock> ptl = new Ref<>();
    Pte start_pte = pte_offset_map_rw_nolock(vma.vm_mm, pmd, haddr, pgt_pmd, ptl);
    if (start_pte != null) {
      spin_lock(ptl.get());
    }
    if (start_pte != null) {
      pte_unmap_unlock(start_pte, ptl.get());
    }
  }

  // Released under a test of something else: held on some paths only.
  @RequiresVmaStable("vma")
  static void releasedUnderAnotherTest(VmAreaStruct vma, Pmd pmd, long haddr, boolean c) {
    Ref<Long> pgt_pmd = new Ref<>();
    Ref<Spinlock> ptl = new Ref<>();
    Pte start_pte = pte_offset_map_rw_nolock(vma.vm_mm, pmd, haddr, pgt_pmd, ptl);
    if (start_pte == null) {
      return;
    }
    VmAreaStruct other = c ? vma : null;
    if (other != null) {
      spin_lock(ptl.get());
    }
    // :: error: [lock.release.not.held]
    pte_unmap_unlock(start_pte, ptl.get());
  }
}

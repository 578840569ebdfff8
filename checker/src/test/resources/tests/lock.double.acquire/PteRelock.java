import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.Pgtable.*;

// Mapping and locking a table whose page-table lock is still held for an earlier PTE of it takes
// the same spinlock twice: a retry must pte_unmap_unlock() first.
class PteRelock {
  @RequiresVmaStable("vma")
  static void retryWithoutUnlock(VmAreaStruct vma, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(vma.vm_mm, pmd, addr, ptlp);
    if (pte == null) {
      return;
    }
    Spinlock ptl = ptlp.get();
    // :: error: [lock.double.acquire]
    Pte again = pte_offset_map_lock(vma.vm_mm, pmd, addr, ptlp);
    if (again != null) {
      pte_unmap_unlock(again, ptlp.get());
    }
    pte_unmap_unlock(pte, ptl);
  }

  @RequiresVmaStable("vma")
  static void retryAfterUnlock(VmAreaStruct vma, Pmd pmd, long addr, int n) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(vma.vm_mm, pmd, addr, ptlp);
    if (pte == null) {
      return;
    }
    Spinlock ptl = ptlp.get();
    for (int i = 0; i < n; i++) {
      pte_unmap_unlock(pte, ptl);
      pte = pte_offset_map_lock(vma.vm_mm, pmd, addr, ptlp);
      if (pte == null) {
        return;
      }
      ptl = ptlp.get();
    }
    pte_unmap_unlock(pte, ptl);
  }

  // Two tables: two locks.
  @RequiresVmaStable("vma")
  static void twoTables(VmAreaStruct vma, Pmd pmd, Pmd pmd2, long addr) {
    Ref<Spinlock> p1 = new Ref<>();
    Ref<Spinlock> p2 = new Ref<>();
    Pte a = pte_offset_map_lock(vma.vm_mm, pmd, addr, p1);
    if (a == null) {
      return;
    }
    Pte b = pte_offset_map_lock(vma.vm_mm, pmd2, addr, p2);
    if (b != null) {
      pte_unmap_unlock(b, p2.get());
    }
    pte_unmap_unlock(a, p1.get());
  }
}

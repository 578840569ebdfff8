import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class HugeProbeFixed {
  @RequiresHugetlbVmaLock("vma")       // the walked pte is stable only while no PMD unshare runs
  static boolean mapped(VmAreaStruct vma, long addr) {
    Pte pte = hugetlb_walk(vma, addr, huge_page_size(hstate_vma(vma)));   // OK: assumed on entry
    return pte != null;
  }

  static boolean probe(VmAreaStruct vma, long addr) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    hugetlb_vma_lock_read(vma);        // order: mmap lock, then hugetlb VMA lock
    boolean r = mapped(vma, addr);     // OK: HVMA_R(vma)
    hugetlb_vma_unlock_read(vma);
    mmap_read_unlock(mm);
    return r;
  }
}

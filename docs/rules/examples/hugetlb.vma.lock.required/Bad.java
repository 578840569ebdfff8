import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class HugeProbe {
  @RequiresHugetlbVmaLock("vma")       // the walked pte is stable only while no PMD unshare runs
  static boolean mapped(VmAreaStruct vma, long addr) {
    Pte pte = hugetlb_walk(vma, addr, huge_page_size(hstate_vma(vma)));
    return pte != null;
  }

  static boolean probe(VmAreaStruct vma, long addr) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    // :: error: [hugetlb.vma.lock.required]
    boolean r = mapped(vma, addr);     // ERROR: [hugetlb.vma.lock.required] the mmap lock is not enough
    mmap_read_unlock(mm);
    return r;
  }
}

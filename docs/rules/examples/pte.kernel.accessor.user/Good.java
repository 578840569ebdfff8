import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PeekFixed {
  static long peek(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    Pte pte = pte_offset_map(pmd, addr);        // OK: RCU + map, may fail
    long val = 0;
    if (pte != null) {
      val = ptep_get(pte);
      pte_unmap(pte);
    }
    mmap_read_unlock(mm);
    return val;
  }

  static long kpeek(@KernelMm Pmd pmd, long addr) {
    return ptep_get(pte_offset_kernel(pmd, addr));  // OK: a kernel table; never pte_unmap it
  }
}

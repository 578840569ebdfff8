import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Peek {
  static long peek(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    // :: error: [pte.kernel.accessor.user]
    Pte pte = pte_offset_kernel(pmd, addr);     // ERROR: [pte.kernel.accessor.user]
    long val = ptep_get(pte);
    mmap_read_unlock(mm);
    return val;
  }
}

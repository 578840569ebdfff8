import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Modes {
  static void shrink(MmStruct mm) {
    mmap_write_lock(mm);
    // ... write-side work ...
    // :: error: [lock.release.not.held]
    mmap_read_unlock(mm);            // ERROR: [lock.release.not.held] held for write
  }

  static long kpeek(@KernelMm Pmd pmd, long addr) {
    Pte pte = pte_offset_kernel(pmd, addr);
    long val = ptep_get(pte);
    // :: error: [lock.release.not.held]
    pte_unmap(pte);                  // ERROR: [lock.release.not.held] a kernel PTE is never mapped
    return val;
  }
}

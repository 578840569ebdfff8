import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ModesFixed {
  static void shrink(MmStruct mm) {
    mmap_write_lock(mm);
    // ... write-side work ...
    mmap_write_downgrade(mm);
    // ... read-side work ...
    mmap_read_unlock(mm);            // OK: releases the downgraded lock
  }

  static long kpeek(@KernelMm Pmd pmd, long addr) {
    return ptep_get(pte_offset_kernel(pmd, addr));   // OK: nothing to unmap
  }
}

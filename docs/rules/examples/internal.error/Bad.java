import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

// Checked with -Ammlock.injectFailure=walk (options.txt): a test seam that makes the analysis
// of every method named walk fail, standing in for a real checker bug.
class Odd {
  // :: error: [internal.error]
  static long walk(MmStruct mm, long addr) {   // ERROR: [internal.error] (a checker bug)
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    long end = vma == null ? 0 : vma.vm_end;
    mmap_read_unlock(mm);
    return end;
  }
}

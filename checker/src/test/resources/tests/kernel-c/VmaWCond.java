package vmawcond;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
class VmaWCond {
  static boolean cond(long x) { return x > 0; }

  /* mremap shrink path: VMA write-locked and downgraded only when the VMA is found */
  @MightSleep
  static void a(MmStruct mm, long addr) {
    boolean downgraded = false;
    mmap_write_lock(mm);
    VmAreaStruct vma = vma_lookup(mm, addr);
    if (vma != null) {
      vma_start_write(vma);
      if (cond(addr)) {
        mmap_write_downgrade(mm);
        downgraded = true;
      }
    }
    if (downgraded) {
      mmap_read_unlock(mm);
    } else {
      mmap_write_unlock(mm);   /* drops every VMA write lock of mm */
    }
    mmap_read_lock(mm);        /* FP: lock.order "while holding VMA_W(vma)" */
    mmap_read_unlock(mm);
  }
}

package vmawscope;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
class VmaWScope {
  /* VMA declared in an inner block: its write lock outlives mmap_write_unlock */
  @MightSleep
  static void a(MmStruct mm, long addr) {
    mmap_write_lock(mm);
    {
      VmAreaStruct vma = vma_lookup(mm, addr);
      if (vma != null) {
        vma_start_write(vma);
      }
    }
    mmap_write_unlock(mm);
    mmap_read_lock(mm);      /* FP lock.order: "holding VMA_W(vma)" */
    mmap_read_unlock(mm);
  }
  /* same with vma in method scope: accepted? */
  @MightSleep
  static void b(MmStruct mm, long addr) {
    mmap_write_lock(mm);
    VmAreaStruct vma = vma_lookup(mm, addr);
    if (vma != null) {
      vma_start_write(vma);
    }
    mmap_write_unlock(mm);
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
  }
}

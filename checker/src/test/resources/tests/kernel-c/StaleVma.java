package stalevma;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
class StaleVma {
  /** collapse_huge_page() without hugepage_vma_revalidate() after retaking the lock. */
  @MightSleep
  static void f(MmStruct mm, long a) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, a);
    if (vma == null) { mmap_read_unlock(mm); return; }
    mmap_read_unlock(mm);          /* vma may be unmapped and freed from here */
    mmap_write_lock(mm);
    // :: error: [vma.unstable]
    vma_start_write(vma);          /* use of a stale VMA: accepted */
    zap_page_range_single(vma, vma.vm_start, PAGE_SIZE);
    mmap_write_unlock(mm);
  }
  static void g(MmStruct mm, long a) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, a);
    if (vma == null) return;
    vma_end_read(vma);
    mmap_read_lock(mm);
    // :: error: [vma.unstable]
    long x = vma.vm_flags;         /* stale after vma_end_read */
    mmap_read_unlock(mm);
  }
}

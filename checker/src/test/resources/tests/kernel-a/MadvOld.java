import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class MadvOld {
  static final int ENOMEM = -12;

  /* madvise_vma_behavior(vma, &prev, start, end, behavior): sets *prev (NULL if it dropped the lock) */
  @RequiresMmapRead("vma.vm_mm")
  @Aliases(path = "prev.get().vm_mm", to = "vma.vm_mm")
  static int visit(VmAreaStruct vma, Ref<VmAreaStruct> prev, long start, long end) {
    prev.set(vma);
    zap_page_range_single(vma, start, end - start);
    return 0;
  }

  /* madvise_walk_vmas() (v6.1) */
  @RequiresMmapRead("mm")
  static int madvise_walk_vmas(MmStruct mm, long start, long end) {
    int unmapped_error = 0;
    Ref<VmAreaStruct> prev = new Ref<>();
    VmAreaStruct vma = find_vma(mm, start); /* find_vma_prev(mm, start, &prev) */
    if (vma != null && start > vma.vm_start) prev.set(vma);
    for (;;) {
      if (vma == null) return ENOMEM;
      if (start < vma.vm_start) {
        unmapped_error = ENOMEM;
        start = vma.vm_start;
        if (start >= end) break;
      }
      long tmp = vma.vm_end;
      if (end < tmp) tmp = end;
      int error = visit(vma, prev, start, tmp);
      if (error != 0) return error;
      start = tmp;
      VmAreaStruct p = prev.get();
      if (p != null && start < p.vm_end) start = p.vm_end;
      if (start >= end) break;
      if (p != null) vma = find_vma(mm, p.vm_end);
      else vma = find_vma(mm, start);
    }
    return unmapped_error;
  }
}

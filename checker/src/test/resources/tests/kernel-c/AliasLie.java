package aliaslie;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
class AliasLie {
  @RequiresMmapRead("other")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "mm")
  static VmAreaStruct lookup(MmStruct mm, MmStruct other, long a) {
    // :: error: [contract.postcondition]
    return find_vma(other, a);
  }

  @MightSleep
  static void f(MmStruct mm, MmStruct other, long a) {
    mmap_read_lock(other);
    VmAreaStruct v = lookup(mm, other, a);
    mmap_read_unlock(other);
    mmap_read_lock(mm);
    if (v != null) zap_page_range_single(v, a, PAGE_SIZE);
    mmap_read_unlock(mm);
  }
}

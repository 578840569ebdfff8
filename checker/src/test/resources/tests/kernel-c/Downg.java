package downg;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
class Downg {
  static boolean cond(long x) { return x > 0; }

  /* the documented pattern, condition a call */
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
      mmap_write_unlock(mm);
    }
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
  }

  /* condition a boolean parameter (documented: tied to the first boolean) */
  @MightSleep
  static void b(MmStruct mm, long addr, boolean can) {
    boolean downgraded = false;
    mmap_write_lock(mm);
    if (can) {
      mmap_write_downgrade(mm);
      downgraded = true;
    }
    if (downgraded) {
      mmap_read_unlock(mm);
    } else {
      mmap_write_unlock(mm);
    }
  }
}

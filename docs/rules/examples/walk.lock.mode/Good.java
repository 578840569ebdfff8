import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class VerifyWalksFixed {
  static final MmWalkOps WR_VERIFY = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK_VERIFY, (pte, addr, next, walk) -> 0);
  static final MmWalkOps VMA_RD_VERIFY = new MmWalkOps(PageWalkLock.PGWALK_VMA_RDLOCK_VERIFY, (pte, addr, next, walk) -> 0);

  static int change(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    int r = walk_page_vma(vma, WR_VERIFY, null);       // OK: MMAP_W(mm) and VMA_W(vma)
    mmap_write_unlock(mm);                             // also ends the VMA write lock
    return r;
  }

  static int advise(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return -1;                                       // the kernel falls back to the mmap lock here
    }
    int r = walk_page_vma(vma, VMA_RD_VERIFY, null);   // OK: VMA_R(vma)
    vma_end_read(vma);
    return r;
  }
}

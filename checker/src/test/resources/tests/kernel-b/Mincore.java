import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class Mincore {
  static final int ENOMEM = -12;

  /** pmd_trans_huge_lock(): returns the PMD lock held if the PMD is huge, else null. */
  @MayReturnNull
  @AcquiresIfNonNull(kind = LockKind.PMD_LOCK, on = "result")
  @RequiresVmaStable("vma")
  static Spinlock pmd_trans_huge_lock(Pmd pmd, VmAreaStruct vma) {
    Spinlock ptl = pmd_lock(vma.vm_mm, pmd);
    if (pmd_trans_huge(pmdp_get(pmd))) {
      return ptl;
    }
    spin_unlock(ptl);
    return null;
  }

  @MightSleep static void cond_resched() {}

  static final class Vec { byte[] v; int i; }

  @RequiresVmaStable("walk.vma")
  @MightSleep
  static int mincore_pte_range(Pmd pmd, long addr, long end, MmWalk walk) {
    VmAreaStruct vma = walk.vma;
    Vec vec = (Vec) walk.priv;
    int nr = (int) ((end - addr) / PAGE_SIZE);

    Spinlock ptl = pmd_trans_huge_lock(pmd, vma);
    if (ptl != null) {
      for (int i = 0; i < nr; i++) vec.v[vec.i + i] = 1;
      spin_unlock(ptl);
    } else {
      Ref<Spinlock> ptlp = new Ref<>();
      Pte ptep = pte_offset_map_lock(walk.mm, pmd, addr, ptlp);
      if (ptep == null) {
        return 0; /* walk->action = ACTION_AGAIN */
      }
      for (; addr != end; addr += PAGE_SIZE) {
        long pte = ptep_get(ptep);
        if (pte_none(pte)) {
          vec.v[vec.i] = 0; /* __mincore_unmapped_range */
        } else if (pte_present(pte)) {
          vec.v[vec.i] = 1;
        }
        vec.i++;
      }
      pte_unmap_unlock(ptep, ptlp.get());
    }
    vec.i += nr;
    cond_resched();
    return 0;
  }

  static final MmWalkOps mincore_walk_ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK,
      (pte, addr, next, walk) -> {
        Vec vec = (Vec) walk.priv;
        vec.v[vec.i++] = (byte) (pte_present(ptep_get(pte)) ? 1 : 0);
        return 0;
      });

  @RequiresMmapRead("mm")
  static long do_mincore(MmStruct mm, long addr, long pages, Vec vec) {
    VmAreaStruct vma = vma_lookup(mm, addr);
    if (vma == null) return ENOMEM;
    long end = Math.min(vma.vm_end, addr + pages * PAGE_SIZE);
    int err = walk_page_range(vma.vm_mm, addr, end, mincore_walk_ops, vec);
    if (err < 0) return err;
    return (end - addr) / PAGE_SIZE;
  }

  @MightSleep
  static long sys_mincore(MmStruct mm, long start, long len, Vec vec) {
    long pages = len / PAGE_SIZE;
    long retval = 0;
    while (pages != 0) {
      mmap_read_lock(mm);
      retval = do_mincore(mm, start, Math.min(pages, 512), vec);
      mmap_read_unlock(mm);
      if (retval <= 0) break;
      pages -= retval;
      start += retval * PAGE_SIZE;
      retval = 0;
    }
    return retval;
  }
}

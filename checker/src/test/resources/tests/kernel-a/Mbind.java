import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Mbind {
  static final long VM_LOCKED = 0x2000;
  static final class QueuePages { long nr_failed; long nmask; }

  /* queue_folios_pte_range(), per PTE */
  static int queue_folios_pte(Pte pte, long addr, long next, MmWalk walk) {
    QueuePages qp = (QueuePages) walk.priv;
    long ptent = ptep_get(pte);
    if (!pte_present(ptent)) return 0;
    if ((walk.vma.vm_flags & VM_LOCKED) != 0) qp.nr_failed++; /* !vma_migratable */
    return 0;
  }

  static final MmWalkOps queue_pages_walk_ops =
      new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, Mbind::queue_folios_pte);
  static final MmWalkOps queue_pages_lock_vma_walk_ops =
      new MmWalkOps(PageWalkLock.PGWALK_WRLOCK, Mbind::queue_folios_pte);

  @MightSleep
  @RequiresMmapWrite("mm")
  static long queue_pages_range_wrlock(MmStruct mm, long start, long end, long nmask) {
    QueuePages qp = new QueuePages();
    qp.nmask = nmask;
    int err = walk_page_range(mm, start, end, queue_pages_lock_vma_walk_ops, qp);
    return err != 0 ? err : qp.nr_failed;
  }

  @RequiresMmapRead("mm")
  static long queue_pages_range(MmStruct mm, long start, long end, long nmask) {
    QueuePages qp = new QueuePages();
    int err = walk_page_range(mm, start, end, queue_pages_walk_ops, qp);
    return err != 0 ? err : qp.nr_failed;
  }

  /* mbind_range() -> vma_replace_policy() */
  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static int mbind_range(VmAreaStruct vma, long start, long end, Object pol) {
    vma_start_write(vma); /* vma_modify_policy() */
    vma_assert_write_locked(vma); /* vma_replace_policy() */
    vma.vm_private_data = pol; /* vma->vm_policy = new */
    return 0;
  }

  @MightSleep
  static long do_mbind(MmStruct mm, long start, long len, Object pol, long nmask) {
    long end = start + len;
    long err = 0;
    mmap_write_lock(mm);
    VmAreaStruct vma = find_vma(mm, start);
    while (vma != null && vma.vm_start < end) { /* for_each_vma_range(vmi, vma, end) */
      vma_start_write(vma);
      vma = find_vma(mm, vma.vm_end);
    }
    long nr_failed = queue_pages_range_wrlock(mm, start, end, nmask);
    if (nr_failed < 0) {
      err = nr_failed;
    } else {
      vma = find_vma(mm, start);
      while (vma != null && vma.vm_start < end) {
        err = mbind_range(vma, start, end, pol);
        if (err != 0) break;
        vma = find_vma(mm, vma.vm_end);
      }
    }
    mmap_write_unlock(mm);
    return err;
  }

  /* migrate_to_node() */
  @MightSleep
  static long migrate_to_node(MmStruct mm, int source, int dest) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, 0);
    if (vma == null) { mmap_read_unlock(mm); return 0; }
    long nr_failed = queue_pages_range(mm, vma.vm_start, TASK_SIZE, 1L << source);
    mmap_read_unlock(mm);
    return nr_failed;
  }
}

package munmap2;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
/** __vm_munmap + do_vmi_munmap + vms_complete_munmap_vmas (mm/mmap.c, mm/vma.c 6.12). */
class Munmap {
  static final int EINTR = -4, EINVAL = -22;

  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean mmap_write_lock_killable(MmStruct mm) {
    mmap_write_lock(mm);
    return false;
  }

  /** __vm_munmap(start, len, unlock) with do_vmi_munmap inlined. */
  @MightSleep
  static int __vm_munmap(MmStruct mm, long start, long len, boolean unlock) {
    int ret;
    long end = start + len;
    if (mmap_write_lock_killable(mm)) {
      return EINTR;
    }
    /* do_vmi_munmap(): */
    VmAreaStruct vma = find_vma(mm, start); /* vma_find(vmi, end) */
    if (vma == null || vma.vm_start >= end) {
      if (unlock) {
        mmap_write_unlock(mm);
      }
      ret = 0;
    } else {
      /* do_vmi_align_munmap -> vms_gather_munmap_vmas */
      vma_start_write(vma);
      /* vms_complete_munmap_vmas */
      if (unlock) {
        mmap_write_downgrade(mm);
      }
      zap_page_range_single(vma, Math.max(start, vma.vm_start), Math.min(end, vma.vm_end));
      if (unlock) {
        mmap_read_unlock(mm);
      }
      ret = 0;
    }
    if (!unlock) {
      mmap_write_unlock(mm);
    }
    return ret;
  }
}

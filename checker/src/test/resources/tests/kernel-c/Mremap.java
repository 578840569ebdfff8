package mremap;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
/** do_mremap (mm/mremap.c 6.12 before the 6.16 refactor): downgrade recorded in a boolean. */
class Mremap {
  static final int EINTR = -4, EFAULT = -14, EINVAL = -22;

  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean mmap_write_lock_killable(MmStruct mm) {
    mmap_write_lock(mm);
    return false;
  }

  @MightSleep
  static long do_mremap(MmStruct mm, long addr, long old_len, long new_len, boolean can_downgrade) {
    long ret = EINVAL;
    boolean downgraded = false;
    boolean locked = false;
    if (mmap_write_lock_killable(mm)) {
      return EINTR;
    }
    out: {
      VmAreaStruct vma = vma_lookup(mm, addr);
      if (vma == null) {
        ret = EFAULT;
        break out;
      }
      if (is_vm_hugetlb_page(vma)) {
        ret = EINVAL;
        break out;
      }
      if (old_len >= new_len) {
        /* do_vmi_munmap(&vmi, mm, addr + new_len, old_len - new_len, &uf_unmap, true) */
        vma_start_write(vma);
        if (can_downgrade) {
          mmap_write_downgrade(mm);
          downgraded = true;
        }
        zap_page_range_single(vma, addr + new_len, old_len - new_len);
        ret = addr;
        break out;
      }
      /* vma_to_resize() checks */
      if (addr + new_len > vma.vm_end && (vma.vm_flags & 0x100) != 0) {
        ret = EFAULT;
        break out;
      }
      vma_start_write(vma);
      vma.vm_end = addr + new_len; /* vma_expand() */
      locked = (vma.vm_flags & 0x2000) != 0;
      ret = addr;
    }
    if (downgraded) {
      mmap_read_unlock(mm);
    } else {
      mmap_write_unlock(mm);
    }
    if (locked && new_len > old_len) {
      /* mm_populate(): takes mmap_read_lock itself */
      mmap_read_lock(mm);
      mmap_read_unlock(mm);
    }
    return ret;
  }
}

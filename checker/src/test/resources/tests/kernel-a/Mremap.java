import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Mremap {
  static final long EINVAL = -22, EFAULT = -14, ENOMEM = -12, EINTR = -4, EPERM = -1;
  static final int MREMAP_MAYMOVE = 1, MREMAP_FIXED = 2;
  static final long VM_LOCKED = 0x2000;
  static boolean fatal_signal_pending;

  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean mmap_write_lock_killable(MmStruct mm) {
    if (fatal_signal_pending) return true;
    mmap_write_lock(mm);
    return false;
  }

  /* do_vmi_munmap(..., unlock = true): on success the lock is gone (downgraded, then dropped);
     on failure it is still held for write. Returns true on failure. */
  @MightSleep
  @Releases(kind = LockKind.MMAP_WRITE, on = "mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean do_vmi_munmap_unlock(MmStruct mm, long start, long len) {
    long end = start + len;
    VmAreaStruct vma = find_vma(mm, start);
    if (vma == null || vma.vm_start >= end) {
      mmap_write_unlock(mm); /* nothing to do: vms_complete not reached, but unlock requested */
      return false;
    }
    vma_start_write(vma);              /* vms_gather_munmap_vmas */
    mmap_write_downgrade(mm);          /* vms_complete_munmap_vmas: if (vms->unlock) */
    long zs = Math.max(start, vma.vm_start), ze = Math.min(end, vma.vm_end);
    zap_page_range_single(vma, zs, ze - zs);
    mmap_read_unlock(mm);
    return false;
  }

  @RequiresMmapRead("mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "mm")
  static VmAreaStruct vma_to_resize(MmStruct mm, long addr, long old_len, long new_len) {
    VmAreaStruct vma = vma_lookup(mm, addr);
    if (vma == null) return null;
    if (old_len > vma.vm_end - addr) return null;
    return vma;
  }

  @RequiresMmapRead("vma.vm_mm")
  static boolean vma_expandable(VmAreaStruct vma, long delta) {
    long end = vma.vm_end + delta;
    if (end < vma.vm_end) return false;
    VmAreaStruct next = find_vma(vma.vm_mm, vma.vm_end);
    return next == null || next.vm_start >= end;
  }

  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static void vma_merge_extend(VmAreaStruct vma, long delta) {
    vma_start_write(vma);
    vma.vm_end = vma.vm_end + delta;
  }

  @MightSleep
  static void mm_populate(MmStruct mm, long start, long len) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, start);
    if (vma != null) { /* populate_vma_page_range */ }
    mmap_read_unlock(mm);
  }

  @MightSleep
  static long mremap(MmStruct mm, long addr, long old_len, long new_len, int flags, long new_addr) {
    long ret = EINVAL;
    boolean locked = false;
    if (mmap_write_lock_killable(mm)) return EINTR;
    VmAreaStruct vma = vma_lookup(mm, addr);
    if (vma == null) {
      ret = EFAULT;
    } else if (old_len >= new_len) {
      if (old_len == new_len) {
        ret = addr;
      } else {
        if (do_vmi_munmap_unlock(mm, addr + new_len, old_len - new_len)) {
          ret = ENOMEM; /* goto out */
        } else {
          return addr; /* goto out_unlocked */
        }
      }
    } else {
      vma = vma_to_resize(mm, addr, old_len, new_len);
      if (vma == null) {
        ret = EFAULT;
      } else if (old_len == vma.vm_end - addr && vma_expandable(vma, new_len - old_len)) {
        vma_merge_extend(vma, new_len - old_len);
        if ((vma.vm_flags & VM_LOCKED) != 0) {
          locked = true;
          new_addr = addr;
        }
        ret = addr;
      } else {
        ret = ENOMEM; /* move_vma() not modelled */
      }
    }
    /* out: */
    if ((ret & (PAGE_SIZE - 1)) != 0) locked = false;
    mmap_write_unlock(mm);
    if (locked && new_len > old_len) mm_populate(mm, new_addr + old_len, new_len - old_len);
    /* out_unlocked: */
    return ret;
  }
}

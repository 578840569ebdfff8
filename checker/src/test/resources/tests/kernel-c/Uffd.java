package uffd;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
/** userfaultfd_register() + userfaultfd_register_range() (fs/userfaultfd.c, mm/userfaultfd.c 6.12). */
class Uffd {
  static final int EINVAL = -22, EBUSY = -16, ENOMEM = -12;
  static final long VM_UFFD_MISSING = 0x00000200L, VM_UFFD_WP = 0x00001000L, __VM_UFFD_FLAGS = 0x1200L;

  static boolean mmget_not_zero(MmStruct mm) { return true; }
  static void mmput(MmStruct mm) {}

  @RequiresVmaStable("vma")
  static boolean vma_can_userfault(VmAreaStruct vma, long vm_flags) {
    return vma.vm_file == null || (vma.vm_flags & VM_SHARED) != 0;
  }

  @RequiresMmapWrite("vma.vm_mm")
  @MightSleep
  static int userfaultfd_register_range(VmAreaStruct vma, long vm_flags, long start, long end) {
    MmStruct mm = vma.vm_mm; /* kernel: ctx->mm, a different path */
    for (; vma != null && vma.vm_start < end; vma = find_vma(mm, vma.vm_end)) {
      long new_flags = (vma.vm_flags & ~__VM_UFFD_FLAGS) | vm_flags;
      if (vma.vm_start < start) {
        /* split_vma() */
      }
      vma_start_write(vma); /* userfaultfd_set_vm_flags() */
      vma.vm_flags = new_flags;
      vma.vm_private_data = null; /* vma->vm_userfaultfd_ctx.ctx = ctx */
    }
    return 0;
  }

  @MightSleep
  static int userfaultfd_register(MmStruct mm, long start, long len, long vm_flags) {
    long end = start + len;
    int ret = EINVAL;
    if (!mmget_not_zero(mm)) {
      return -3; /* -ESRCH */
    }
    mmap_write_lock(mm);
    out_unlock: {
      VmAreaStruct vma = find_vma(mm, start); /* vma_find(&vmi, end) */
      if (vma == null || vma.vm_start >= end) {
        break out_unlock;
      }
      ret = EINVAL;
      if (is_vm_hugetlb_page(vma) && (start & (huge_page_size(hstate_vma(vma)) - 1)) != 0) {
        break out_unlock;
      }
      /* Search for not compatible vmas. */
      boolean found = false;
      for (VmAreaStruct cur = vma; cur != null && cur.vm_start < end; cur = find_vma(mm, cur.vm_end)) {
        ret = EINVAL;
        if (!vma_can_userfault(cur, vm_flags)) {
          break out_unlock;
        }
        ret = EBUSY;
        if (cur.vm_private_data != null && cur.vm_private_data != mm) {
          break out_unlock;
        }
        found = true;
      }
      if (!found) {
        break out_unlock;
      }
      ret = userfaultfd_register_range(vma, vm_flags, start, end);
    }
    mmap_write_unlock(mm);
    mmput(mm);
    return ret;
  }
}

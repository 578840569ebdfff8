import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Uffd {
  static final long VM_UFFD_MISSING = 0x200, VM_UFFD_WP = 0x1000, __VM_UFFD_FLAGS = 0x200 | 0x1000 | 0x2000;
  static final int EINVAL = -22;

  @RequiresVmaStable("vma")
  static boolean vma_can_userfault(VmAreaStruct vma, long vm_flags) {
    return (vma.vm_flags & VM_SHARED) == 0 || vma.vm_file != null;
  }

  /* hugetlb_unshare_pmds() for the whole vma */
  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static void hugetlb_unshare_all_pmds(VmAreaStruct vma) {
    HState h = hstate_vma(vma);
    long sz = huge_page_size(h);
    MmStruct mm = vma.vm_mm;
    long start = vma.vm_start, end = vma.vm_end;
    if ((vma.vm_flags & VM_MAYSHARE) == 0) return;
    if (start >= end) return;
    AddressSpace mapping = vma.vm_file.f_mapping;
    hugetlb_vma_lock_write(vma);
    i_mmap_lock_write(mapping);
    for (long address = start; address < end; address += PUD_SIZE) {
      Pte ptep = hugetlb_walk(vma, address, sz);
      if (ptep == null) continue;
      Spinlock ptl = huge_pte_lock(h, mm, ptep);
      huge_pmd_unshare(mm, vma, address, ptep);
      spin_unlock(ptl);
    }
    i_mmap_unlock_write(mapping);
    hugetlb_vma_unlock_write(vma);
  }

  /* userfaultfd_set_ctx() */
  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static void userfaultfd_set_ctx(VmAreaStruct vma, Object ctx, long flags) {
    vma_start_write(vma);
    vma.vm_private_data = ctx; /* vma->vm_userfaultfd_ctx = (struct vm_userfaultfd_ctx){ctx}; */
    vma.vm_flags = (vma.vm_flags & ~__VM_UFFD_FLAGS) | flags; /* vm_flags_reset() */
  }

  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static int userfaultfd_register_range(Object ctx, VmAreaStruct vma, long vm_flags, long start, long end) {
    MmStruct mm = vma.vm_mm;
    while (vma != null && vma.vm_start < end) { /* for_each_vma_range(vmi, vma, end) */
      if (vma.vm_private_data == ctx && (vma.vm_flags & vm_flags) == vm_flags) {
        start = vma.vm_end; /* goto skip */
        vma = find_vma(mm, start);
        continue;
      }
      if (vma.vm_start > start) start = vma.vm_start;
      long vma_end = Math.min(end, vma.vm_end);
      /* vma = vma_modify_flags_uffd(&vmi, prev, vma, start, vma_end, new_flags, ctx); */
      userfaultfd_set_ctx(vma, ctx, vm_flags);
      if (is_vm_hugetlb_page(vma) && (vma.vm_flags & VM_MAYSHARE) != 0)
        hugetlb_unshare_all_pmds(vma);
      start = vma.vm_end; /* skip: */
      vma = find_vma(mm, start);
    }
    return 0;
  }

  @MightSleep
  static int userfaultfd_register(MmStruct mm, Object ctx, long start, long len, long vm_flags) {
    long end = start + len;
    int ret = EINVAL;
    mmap_write_lock(mm);
    VmAreaStruct vma = find_vma(mm, start); /* vma_find(&vmi, end) */
    if (vma == null || vma.vm_start >= end) { mmap_write_unlock(mm); return ret; }
    boolean found = false;
    VmAreaStruct cur = vma;
    do {
      if (!vma_can_userfault(cur, vm_flags)) { mmap_write_unlock(mm); return EINVAL; } /* goto out_unlock */
      if (cur.vm_private_data != null && cur.vm_private_data != ctx) { mmap_write_unlock(mm); return -16; }
      found = true;
      cur = find_vma(mm, cur.vm_end);
    } while (cur != null && cur.vm_start < end);
    ret = userfaultfd_register_range(ctx, vma, vm_flags, start, end);
    mmap_write_unlock(mm); /* out_unlock: */
    return ret;
  }
}

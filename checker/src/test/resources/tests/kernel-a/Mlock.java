import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Mlock {
  static final long VM_LOCKED = 0x2000, VM_IO = 0x4000, VM_PFNMAP = 0x400, VM_SPECIAL = 0x400 | 0x4000;
  static final int ENOMEM = -12, EINTR = -4;

  @RequiresMmapRead("mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "mm")
  static VmAreaStruct find_vma_intersection(MmStruct mm, long start, long end) {
    VmAreaStruct vma = find_vma(mm, start);
    if (vma != null && end <= vma.vm_start) vma = null;
    return vma;
  }

  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static void mlock_vma_pages_range(VmAreaStruct vma, long start, long end, long newflags) {
    if ((newflags & VM_LOCKED) != 0) newflags |= VM_IO;
    vma_start_write(vma);
    vma.vm_flags = newflags;
    if ((newflags & VM_IO) != 0) {
      newflags &= ~VM_IO;
      vma.vm_flags = newflags;
    }
  }

  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static int mlock_fixup(VmAreaStruct vma, long start, long end, long newflags) {
    long oldflags = vma.vm_flags;
    if (newflags == oldflags || (oldflags & VM_SPECIAL) != 0 || is_vm_hugetlb_page(vma))
      return 0; /* goto out */
    /* vma = vma_modify_flags(vmi, *prev, vma, start, end, newflags); */
    if ((newflags & VM_LOCKED) != 0 && (oldflags & VM_LOCKED) != 0) {
      vma_start_write(vma);
      vma.vm_flags = newflags; /* vm_flags_reset */
    } else {
      mlock_vma_pages_range(vma, start, end, newflags);
    }
    return 0;
  }

  @MightSleep
  @RequiresMmapWrite("mm")
  static int apply_vma_lock_flags(MmStruct mm, long start, long len, long flags) {
    long end = start + len;
    VmAreaStruct vma = find_vma(mm, start); /* vma_iter_load */
    if (vma == null) return ENOMEM;
    if (start < vma.vm_start) return ENOMEM;
    long nstart = start;
    long tmp = vma.vm_start;
    int error = 0;
    while (vma != null && vma.vm_start < end) {
      if (vma.vm_start != tmp) return ENOMEM;
      long newflags = vma.vm_flags & ~VM_LOCKED;
      newflags |= flags;
      tmp = vma.vm_end;
      if (tmp > end) tmp = end;
      error = mlock_fixup(vma, nstart, tmp, newflags);
      if (error != 0) return error;
      tmp = vma.vm_end;
      nstart = tmp;
      vma = find_vma(mm, tmp);
    }
    if (tmp < end) return ENOMEM;
    return error;
  }

  /* populate_vma_page_range(): may drop the mmap lock (*locked = 0) */
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean populate_vma_page_range(VmAreaStruct vma, long start, long end, Ref<Long> ret) {
    MmStruct mm = vma.vm_mm;
    mmap_assert_locked(mm);
    if ((vma.vm_flags & VM_LOCKED) == 0) { ret.set(0L); return true; }
    /* __get_user_pages(mm, start, nr_pages, gup_flags, NULL, locked): faultin_page may return
       VM_FAULT_RETRY having dropped the lock */
    if (end - start > 16 * PAGE_SIZE) {
      mmap_read_unlock(mm);
      ret.set(0L);
      return false;
    }
    ret.set((end - start) / PAGE_SIZE);
    return true;
  }

  @MightSleep
  static long __mm_populate(MmStruct mm, long start, long len, boolean ignore_errors) {
    long end = start + len, nstart, nend;
    VmAreaStruct vma = null;
    boolean locked = false;
    long ret = 0;
    for (nstart = start; nstart < end; nstart = nend) {
      if (!locked) {
        locked = true;
        mmap_read_lock(mm);
        vma = find_vma_intersection(mm, nstart, end);
      } else if (nstart >= vma.vm_end) {
        vma = find_vma_intersection(mm, vma.vm_end, end);
      }
      if (vma == null) break;
      nend = Math.min(end, vma.vm_end);
      if ((vma.vm_flags & (VM_IO | VM_PFNMAP)) != 0) continue;
      if (nstart < vma.vm_start) nstart = vma.vm_start;
      Ref<Long> r = new Ref<>();
      locked = populate_vma_page_range(vma, nstart, nend, r);
      ret = r.get();
      if (ret < 0) {
        if (ignore_errors) { ret = 0; continue; }
        break;
      }
      nend = nstart + ret * PAGE_SIZE;
      ret = 0;
    }
    if (locked) mmap_read_unlock(mm);
    return ret;
  }

  @MightSleep
  static int do_mlock(MmStruct mm, long start, long len, long flags) {
    int error;
    mmap_write_lock(mm); /* mmap_write_lock_killable */
    error = apply_vma_lock_flags(mm, start, len, flags);
    mmap_write_unlock(mm);
    if (error != 0) return error;
    return (int) __mm_populate(mm, start, len, false);
  }
}

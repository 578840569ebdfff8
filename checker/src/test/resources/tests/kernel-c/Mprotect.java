package mprotect;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
/** do_mprotect_pkey / mprotect_fixup / change_pte_range from mm/mprotect.c (6.12). */
class Mprotect {
  static final int EINTR = -4, ENOMEM = -12, EACCES = -13;

  /** mmap_write_lock_killable: returns nonzero (true) when interrupted, lock not taken. */
  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean mmap_write_lock_killable(MmStruct mm) {
    mmap_write_lock(mm);
    return false;
  }

  @RequiresMmapWrite("vma.vm_mm")
  @MightSleep
  static int mprotect_fixup(VmAreaStruct vma, long start, long end, long newflags) {
    long oldflags = vma.vm_flags;
    if (newflags == oldflags) {
      return 0;
    }
    /* vma_merge / split_vma omitted */
    vma_start_write(vma);
    vma.vm_flags = newflags; /* vm_flags_reset() */
    change_protection(vma, start, end);
    return 0;
  }

  @RequiresVmaStable("vma")
  static void change_protection(VmAreaStruct vma, long addr, long end) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, addr);
    P4d p4d = p4d_offset(pgd, addr);
    Pud pud = pud_offset(p4d, addr);
    Pmd pmd = pmd_offset(pud, addr);
    change_pte_range(vma, pmd, addr, end);
  }

  @RequiresVmaStable("vma")
  static long change_pte_range(VmAreaStruct vma, Pmd pmd, long addr, long end) {
    Ref<Spinlock> ptl = new Ref<>();
    Pte pte = pte_offset_map_lock(vma.vm_mm, pmd, addr, ptl);
    if (pte == null) {
      return -1; /* -EAGAIN */
    }
    long pages = 0;
    do {
      long oldpte = ptep_get(pte);
      if (pte_present(oldpte)) {
        long ptent = ptep_get_and_clear(vma.vm_mm, addr, pte); /* ptep_modify_prot_start */
        set_pte_at(vma.vm_mm, addr, pte, ptent | 2); /* ptep_modify_prot_commit */
        pages++;
      }
      addr += PAGE_SIZE;
    } while (addr != end);
    pte_unmap_unlock(pte, ptl.get());
    return pages;
  }

  @MightSleep
  static int do_mprotect_pkey(MmStruct mm, long start, long len, long prot) {
    long end = start + len;
    int error;
    if (mmap_write_lock_killable(mm)) {
      return EINTR;
    }
    error = ENOMEM;
    VmAreaStruct vma = find_vma(mm, start); /* vma_find(&vmi, end) */
    if (vma == null) {
      mmap_write_unlock(mm);
      return error;
    }
    if (vma.vm_start > start) {
      mmap_write_unlock(mm);
      return error;
    }
    long tmp = vma.vm_start;
    long nstart = start;
    /* for_each_vma_range(vmi, vma, end) */
    while (vma != null && vma.vm_start < end) {
      if (vma.vm_start != tmp) {
        error = ENOMEM;
        break;
      }
      long newflags = (vma.vm_flags & ~7L) | prot;
      if ((newflags & ~(newflags >> 4) & 7) != 0) {
        error = EACCES;
        break;
      }
      tmp = vma.vm_end;
      if (tmp > end) {
        tmp = end;
      }
      error = mprotect_fixup(vma, nstart, tmp, newflags);
      if (error != 0) {
        break;
      }
      tmp = vma.vm_end; /* vma_iter_end */
      nstart = tmp;
      vma = find_vma(mm, vma.vm_end);
    }
    if (error == 0 && tmp < end) {
      error = ENOMEM;
    }
    mmap_write_unlock(mm);
    return error;
  }
}

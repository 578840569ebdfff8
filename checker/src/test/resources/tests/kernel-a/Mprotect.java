import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Mprotect {
  static final int ENOMEM = -12, EACCES = -13, EPERM = -1;
  static final long VM_ACCESS_FLAGS = 0x7;

  /* change_pte_range(): PTE loop under the PTE lock */
  @RequiresVmaStable("vma")
  static long change_pte_range(VmAreaStruct vma, Pmd pmd, long addr, long end, long newprot) {
    MmStruct mm = vma.vm_mm;
    Ref<Spinlock> ptlp = new Ref<>();
    long pages = 0;
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) return -11; /* -EAGAIN */
    do {
      long oldpte = ptep_get(pte);
      if (pte_present(oldpte)) {
        long ptent = ptep_get_and_clear(mm, addr, pte); /* ptep_modify_prot_start */
        ptent = (ptent & ~VM_ACCESS_FLAGS) | newprot;  /* pte_modify */
        set_pte_at(mm, addr, pte, ptent);              /* ptep_modify_prot_commit */
        pages++;
      }
      addr += PAGE_SIZE;
    } while (addr != end);
    pte_unmap_unlock(pte, ptlp.get());
    return pages;
  }

  /* change_protection_range(): pgd..pmd */
  @RequiresVmaStable("vma")
  static long change_protection(VmAreaStruct vma, long start, long end, long newprot) {
    MmStruct mm = vma.vm_mm;
    long pages = 0;
    long addr = start;
    while (addr < end) {
      long next = Math.min(end, (addr + PMD_SIZE) & ~(PMD_SIZE - 1));
      Pgd pgd = pgd_offset(mm, addr);
      P4d p4d = p4d_offset(pgd, addr);
      Pud pud = pud_offset(p4d, addr);
      Pmd pmd = pmd_offset(pud, addr);
      long pmdval = pmdp_get_lockless(pmd);
      if (!pmd_none(pmdval)) {
        long r = change_pte_range(vma, pmd, addr, next, newprot);
        if (r > 0) pages += r;
      }
      addr = next;
    }
    return pages;
  }

  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static int mprotect_fixup(VmAreaStruct vma, long start, long end, long newflags) {
    long oldflags = vma.vm_flags;
    if (newflags == oldflags) return 0;
    /* vma = vma_modify_flags(vmi, *pprev, vma, start, end, newflags); */
    vma_start_write(vma);
    vma_assert_write_locked(vma); /* vm_flags_reset() */
    vma.vm_flags = newflags;
    change_protection(vma, start, end, newflags & VM_ACCESS_FLAGS);
    return 0;
  }

  @MightSleep
  static int do_mprotect_pkey(MmStruct mm, long start, long len, long prot) {
    long end = start + len;
    int error;
    mmap_write_lock(mm); /* mmap_write_lock_killable */
    error = ENOMEM;
    VmAreaStruct vma = find_vma(mm, start); /* vma_find(&vmi, end) */
    if (vma == null || vma.vm_start >= end)
      /* goto out */ { mmap_write_unlock(mm); return error; }
    if (vma.vm_start > start) { mmap_write_unlock(mm); return error; }
    long nstart = start;
    long tmp = vma.vm_start;
    while (vma != null && vma.vm_start < end) { /* for_each_vma_range(vmi, vma, end) */
      if (vma.vm_start != tmp) { error = ENOMEM; break; }
      long newflags = prot | (vma.vm_flags & ~VM_ACCESS_FLAGS);
      if (((newflags & ~(newflags >> 4)) & VM_ACCESS_FLAGS) != 0) { error = EACCES; break; }
      tmp = vma.vm_end;
      if (tmp > end) tmp = end;
      error = mprotect_fixup(vma, nstart, tmp, newflags);
      if (error != 0) break;
      tmp = vma.vm_end; /* vma_iter_end(&vmi) */
      nstart = tmp;
      vma = find_vma(mm, tmp);
    }
    if (error == 0 && tmp < end) error = ENOMEM;
    mmap_write_unlock(mm); /* out: */
    return error;
  }
}

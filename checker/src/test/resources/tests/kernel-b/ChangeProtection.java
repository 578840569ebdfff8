import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class ChangeProtection {
  static final int EAGAIN = -11;
  static final long HPAGE_PMD_SIZE = 1L << 21;

  static long pte_modify(long pte, long newprot) { return (pte & ~0xfffL) | newprot; }

  @RequiresVmaStable("vma")
  static long change_pte_range(VmAreaStruct vma, Pmd pmd, long addr, long end, long newprot) {
    long pages = 0;
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(vma.vm_mm, pmd, addr, ptlp);
    if (pte == null) {
      return EAGAIN;
    }
    Spinlock ptl = ptlp.get();
    do {
      long oldpte = ptep_get(pte);
      if (pte_present(oldpte)) {
        oldpte = ptep_get_and_clear(vma.vm_mm, addr, pte); /* ptep_modify_prot_start */
        long ptent = pte_modify(oldpte, newprot);
        set_pte_at(vma.vm_mm, addr, pte, ptent); /* ptep_modify_prot_commit */
        pages++;
      } else if (!pte_none(oldpte)) {
        set_pte_at(vma.vm_mm, addr, pte, oldpte | 4); /* swap entry made readable */
        pages++;
      }
      addr += PAGE_SIZE;
    } while (addr != end);
    pte_unmap_unlock(pte, ptl);
    return pages;
  }

  @RequiresVmaStable("vma")
  static int change_huge_pmd(VmAreaStruct vma, Pmd pmd, long addr, long newprot) {
    MmStruct mm = vma.vm_mm;
    Spinlock ptl = pmd_lock(mm, pmd); /* __pmd_trans_huge_lock */
    if (!pmd_trans_huge(pmdp_get(pmd))) {
      spin_unlock(ptl);
      return 0;
    }
    /* pmdp_invalidate_ad + set_pmd_at: not in API */
    spin_unlock(ptl);
    return 1;
  }

  @RequiresVmaStable("vma")
  @MightSleep
  static long change_pmd_range(VmAreaStruct vma, Pud pud, long addr, long end, long newprot) {
    long pages = 0;
    long next;
    Pmd pmd = pmd_offset(pud, addr);
    do {
      next = addr + HPAGE_PMD_SIZE;
      if (next > end) next = end;
      /* again: */
      long ret;
      for (;;) {
        long _pmd = pmdp_get_lockless(pmd);
        if (pmd_trans_huge(_pmd)) {
          if (next - addr != HPAGE_PMD_SIZE) {
            /* __split_huge_pmd(vma, pmd, addr, false, NULL) */
          } else {
            ret = change_huge_pmd(vma, pmd, addr, newprot);
            if (ret != 0) { pages += ret; break; }
          }
        }
        ret = change_pte_range(vma, pmd, addr, next, newprot);
        if (ret < 0) continue; /* goto again */
        pages += ret;
        break;
      }
      /* cond_resched() */
      addr = next;
      pmd = pmd_offset(pud, addr); /* pmd++ */
    } while (addr != end);
    return pages;
  }

  @MightSleep
  static int mprotect_fixup_like(MmStruct mm, long start, long end, long newprot) {
    mmap_write_lock(mm);
    VmAreaStruct vma = vma_lookup(mm, start);
    if (vma == null) { mmap_write_unlock(mm); return -12; }
    vma_start_write(vma);
    vma.vm_flags = newprot;
    Pud pud = pud_offset(p4d_offset(pgd_offset(mm, start), start), start);
    change_pmd_range(vma, pud, start, end, newprot);
    mmap_write_unlock(mm);
    return 0;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class Khugepaged {
  static final int SCAN_SUCCEED = 1, SCAN_FAIL = 2, SCAN_PMD_NULL = 3, SCAN_EXCEED_NONE_PTE = 4,
      SCAN_ALLOC_HUGE_PAGE_FAIL = 5, SCAN_VMA_CHECK = 6, SCAN_PMD_MAPPED = 7;
  static final int HPAGE_PMD_NR = 512;

  static final class Cc { boolean is_khugepaged; }

  @MightSleep static int alloc_charge_folio(MmStruct mm) { return SCAN_SUCCEED; }

  /** find_pmd_or_thp_or_none() */
  @RequiresMmapRead("mm")
  static int find_pmd_or_thp_or_none(MmStruct mm, long address, Ref<Pmd> pmdp) {
    Pgd pgd = pgd_offset(mm, address);
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd, address), address), address);
    pmdp.set(pmd);
    long pmde = pmdp_get_lockless(pmd);
    if (pmd_none(pmde)) return SCAN_PMD_NULL;
    if (pmd_trans_huge(pmde)) return SCAN_PMD_MAPPED;
    return SCAN_SUCCEED;
  }

  /** hugepage_vma_revalidate(): looks the VMA up again after the mmap lock was dropped. */
  @RequiresMmapRead("mm")
  static int hugepage_vma_revalidate(MmStruct mm, long address, Ref<VmAreaStruct> vmap) {
    VmAreaStruct vma = vma_lookup(mm, address);
    if (vma == null) return SCAN_VMA_CHECK;
    if (address < vma.vm_start || vma.vm_end < address + PMD_SIZE) return SCAN_VMA_CHECK;
    if (vma.anon_vma == null) return SCAN_VMA_CHECK;
    vmap.set(vma);
    return SCAN_SUCCEED;
  }

  /** __collapse_huge_page_isolate(): PTE lock held by the caller. */
  @RequiresVmaStable("vma")
  static int __collapse_huge_page_isolate(VmAreaStruct vma, long address, @PteLocked Pte pte) {
    long pteval = ptep_get(pte);
    if (pte_none(pteval)) return SCAN_EXCEED_NONE_PTE;
    if (!pte_present(pteval)) return SCAN_FAIL;
    return SCAN_SUCCEED;
  }

  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @MightSleep
  static int collapse_huge_page(MmStruct mm, long address, int referenced, int unmapped, Cc cc) {
    Ref<VmAreaStruct> vmap = new Ref<>();
    Ref<Pmd> pmdp = new Ref<>();
    int result;

    mmap_read_unlock(mm);
    result = alloc_charge_folio(mm);
    if (result != SCAN_SUCCEED) return result; /* out_nolock */

    mmap_read_lock(mm);
    result = hugepage_vma_revalidate(mm, address, vmap);
    if (result != SCAN_SUCCEED) {
      mmap_read_unlock(mm);
      return result;
    }
    result = find_pmd_or_thp_or_none(mm, address, pmdp);
    if (result != SCAN_SUCCEED) {
      mmap_read_unlock(mm);
      return result;
    }
    mmap_read_unlock(mm);

    mmap_write_lock(mm);
    out_up_write:
    {
      result = hugepage_vma_revalidate(mm, address, vmap);
      if (result != SCAN_SUCCEED) break out_up_write;
      VmAreaStruct vma = vma_lookup(mm, address);
      if (vma == null) break out_up_write;
      Pmd pmd = pmdp.get();
      vma_start_write(vma);
      /* check_pmd_still_valid(mm, address, pmd) */
      anon_vma_lock_write(vma.anon_vma);

      Spinlock pmd_ptl = pmd_lock(mm, pmd); /* probably unnecessary */
      long _pmd = pmdp_get(pmd); /* pmdp_collapse_flush(vma, address, pmd) */
      spin_unlock(pmd_ptl);

      Ref<Spinlock> pte_ptlp = new Ref<>();
      Pte pte = pte_offset_map_lock(mm, pmd, address, pte_ptlp); /* &_pmd */
      if (pte != null) {
        result = __collapse_huge_page_isolate(vma, address, pte);
        spin_unlock(pte_ptlp.get());
      } else {
        result = SCAN_PMD_NULL;
      }

      if (result != SCAN_SUCCEED) {
        if (pte != null) pte_unmap(pte);
        spin_lock(pmd_ptl);
        /* pmd_populate(mm, pmd, pmd_pgtable(_pmd)) */
        spin_unlock(pmd_ptl);
        anon_vma_unlock_write(vma.anon_vma);
        break out_up_write;
      }
      anon_vma_unlock_write(vma.anon_vma);

      if (pte == null) break out_up_write; /* cannot happen: result == SCAN_SUCCEED */
      spin_lock(pte_ptlp.get()); /* __collapse_huge_page_copy_succeeded */
      pte_clear(mm, address, pte);
      spin_unlock(pte_ptlp.get());
      pte_unmap(pte);
      if (result != SCAN_SUCCEED) break out_up_write;

      spin_lock(pmd_ptl);
      /* set_pmd_at(mm, address, pmd, _pmd) */
      spin_unlock(pmd_ptl);
      result = SCAN_SUCCEED;
    }
    mmap_write_unlock(mm);
    return result;
  }

  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @MightSleep
  static int hpage_collapse_scan_pmd(MmStruct mm, VmAreaStruct vma, long address, Ref<Boolean> mmap_locked, Cc cc) {
    Ref<Pmd> pmdp = new Ref<>();
    int result = find_pmd_or_thp_or_none(mm, address, pmdp);
    if (result != SCAN_SUCCEED) { mmap_read_unlock(mm); return result; }
    Pmd pmd = pmdp.get();
    int none_or_zero = 0, unmapped = 0, referenced = 0;

    Ref<Spinlock> ptl = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, address, ptl);
    if (pte == null) {
      mmap_read_unlock(mm);
      return SCAN_PMD_NULL;
    }
    out_unmap:
    for (long _address = address; _address < address + HPAGE_PMD_NR * PAGE_SIZE; _address += PAGE_SIZE) {
      long pteval = ptep_get(pte);
      if (!pte_present(pteval) && !pte_none(pteval)) {
        ++unmapped;
        continue;
      }
      if (pte_none(pteval)) {
        if (++none_or_zero > 64) { result = SCAN_EXCEED_NONE_PTE; break out_unmap; }
        continue;
      }
      referenced++;
    }
    pte_unmap_unlock(pte, ptl.get());
    if (result == SCAN_SUCCEED) {
      result = collapse_huge_page(mm, address, referenced, unmapped, cc);
      /* collapse_huge_page will return with the mmap_lock released */
      mmap_locked.set(false);
    } else {
      mmap_read_unlock(mm);
    }
    return result;
  }
}

package khugepaged;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
/** khugepaged_scan_mm_slot / collapse_huge_page / hugepage_vma_revalidate (mm/khugepaged.c 6.12). */
class Khugepaged {
  static final int SCAN_FAIL = 0, SCAN_SUCCEED = 1, SCAN_VMA_NULL = 2, SCAN_VMA_CHECK = 3,
      SCAN_PTE_MAPPED_HUGEPAGE = 4, SCAN_PMD_MAPPED = 5, SCAN_ALLOC_HUGE_PAGE_FAIL = 6;
  static final long HPAGE_PMD_SIZE = 1L << 21;
  static long scan_address;
  static int pages_collapsed;

  static boolean hpage_collapse_test_exit_or_disable(MmStruct mm) { return false; }
  static boolean vma_is_anonymous(VmAreaStruct vma) { return vma.vm_file == null; }

  /** hugepage_vma_revalidate(): look the VMA up again after the mmap lock was retaken. */
  @RequiresMmapRead("mm")
  static int hugepage_vma_revalidate(MmStruct mm, long address, Ref<VmAreaStruct> vmap) {
    VmAreaStruct vma = vma_lookup(mm, address);
    if (vma == null) {
      return SCAN_VMA_NULL;
    }
    if (address < vma.vm_start || address + HPAGE_PMD_SIZE > vma.vm_end) {
      return SCAN_VMA_CHECK;
    }
    vmap.set(vma);
    return SCAN_SUCCEED;
  }

  /** collapse_huge_page(): entered with the mmap read lock, always returns with it dropped. */
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  static int collapse_huge_page(MmStruct mm, long address) {
    Ref<VmAreaStruct> vmap = new Ref<>();
    int result;
    mmap_read_unlock(mm);
    /* alloc_charge_folio() */
    mmap_read_lock(mm);
    result = hugepage_vma_revalidate(mm, address, vmap);
    if (result != SCAN_SUCCEED) {
      mmap_read_unlock(mm);
      return result;
    }
    /* find_pmd_or_thp_or_none(), __collapse_huge_page_swapin() */
    mmap_read_unlock(mm);
    mmap_write_lock(mm);
    result = hugepage_vma_revalidate(mm, address, vmap);
    if (result != SCAN_SUCCEED) {
      mmap_write_unlock(mm);
      return result;
    }
    VmAreaStruct vma = vma_lookup(mm, address); /* was vmap.get(): Ref loses the alias */
    if (vma == null) {
      mmap_write_unlock(mm);
      return SCAN_VMA_NULL;
    }
    Pgd pgd = pgd_offset(mm, address);
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd, address), address), address);
    vma_start_write(vma);
    anon_vma_lock_write(vma.anon_vma);
    Spinlock pmd_ptl = pmd_lock(mm, pmd);
    long _pmd = pmdp_get(pmd); /* pmdp_collapse_flush() */
    spin_unlock(pmd_ptl);
    /* __collapse_huge_page_isolate under pte_offset_map_lock */
    Ref<Spinlock> ptl = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, address, ptl);
    if (pte != null) {
      pte_unmap_unlock(pte, ptl.get());
    }
    anon_vma_unlock_write(vma.anon_vma);
    mmap_write_unlock(mm);
    return SCAN_SUCCEED;
  }

  @MightSleep
  static int khugepaged_scan_mm_slot(MmStruct mm, int pages) {
    int progress = 0;
    int result = SCAN_FAIL;
    VmAreaStruct vma = null;
    breakouterloop_mmap_lock: {
      if (!mmap_read_trylock(mm)) {
        break breakouterloop_mmap_lock;
      }
      progress++;
      breakouterloop: {
        if (hpage_collapse_test_exit_or_disable(mm)) {
          break breakouterloop;
        }
        /* for_each_vma(vmi, vma) */
        for (vma = find_vma(mm, scan_address); vma != null; vma = find_vma(mm, vma.vm_end)) {
          long hstart = vma.vm_start;
          long hend = vma.vm_end;
          if (scan_address < hstart) {
            scan_address = hstart;
          }
          while (scan_address < hend) {
            boolean mmap_locked = true;
            if (hpage_collapse_test_exit_or_disable(mm)) {
              break breakouterloop;
            }
            if (!vma_is_anonymous(vma)) {
              mmap_read_unlock(mm);
              mmap_locked = false;
              result = SCAN_PTE_MAPPED_HUGEPAGE; /* hpage_collapse_scan_file() */
              if (result == SCAN_PTE_MAPPED_HUGEPAGE) {
                mmap_read_lock(mm);
                if (hpage_collapse_test_exit_or_disable(mm)) {
                  break breakouterloop;
                }
                /* collapse_pte_mapped_thp(mm, addr, false) */
                VmAreaStruct v2 = vma_lookup(mm, scan_address);
                if (v2 != null && v2.vm_start <= scan_address) {
                  result = SCAN_SUCCEED;
                }
                mmap_read_unlock(mm);
              }
            } else {
              /* hpage_collapse_scan_pmd(): collapse drops the lock */
              if ((vma.vm_flags & 1) != 0) {
                result = collapse_huge_page(mm, scan_address);
                mmap_locked = false;
              } else {
                result = SCAN_FAIL;
              }
            }
            if (result == SCAN_SUCCEED) {
              ++pages_collapsed;
            }
            scan_address += HPAGE_PMD_SIZE;
            progress += 512;
            if (!mmap_locked) {
              break breakouterloop_mmap_lock;
            }
            if (progress >= pages) {
              break breakouterloop;
            }
          }
        }
      }
      mmap_read_unlock(mm); /* exit_mmap will destroy ptes after this */
    }
    /* breakouterloop_mmap_lock: */
    return progress;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class MadviseCollapse {
  static final int SCAN_FAIL = 0, SCAN_SUCCEED = 1, SCAN_PMD_MAPPED = 2, SCAN_PTE_MAPPED_HUGEPAGE = 3,
      SCAN_PMD_NULL = 4, SCAN_VMA_NULL = 5;
  static final long HPAGE_PMD_SIZE = 1L << 21, HPAGE_PMD_MASK = ~((1L << 21) - 1);

  /* hugepage_vma_revalidate(): NULL is SCAN_VMA_NULL */
  @RequiresMmapRead("mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "mm")
  static VmAreaStruct hugepage_vma_revalidate(MmStruct mm, long address) {
    VmAreaStruct vma = vma_lookup(mm, address);
    if (vma == null) return null;
    if (address < vma.vm_start || address + HPAGE_PMD_SIZE > vma.vm_end) return null;
    return vma;
  }

  /* hpage_collapse_scan_pmd(mm, vma, addr, &mmap_locked, cc): collapse_huge_page() drops the lock */
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm")
  static boolean hpage_collapse_scan_pmd(MmStruct mm, VmAreaStruct vma, long address, Ref<Integer> result) {
    if ((address & 1) != 0) {
      mmap_read_unlock(mm); /* collapse_huge_page(): "mmap_read_unlock(mm); ... mmap_write_lock(mm) ..." */
      result.set(SCAN_SUCCEED);
      return false;
    }
    result.set(SCAN_PMD_NULL);
    return true;
  }

  static int hpage_collapse_scan_file(MmStruct mm, long addr, File file) { return SCAN_PTE_MAPPED_HUGEPAGE; }

  @MightSleep
  @RequiresMmapRead("mm")
  static int collapse_pte_mapped_thp(MmStruct mm, long addr) {
    VmAreaStruct vma = vma_lookup(mm, addr);
    return vma == null ? SCAN_VMA_NULL : SCAN_SUCCEED;
  }

  @MightSleep
  @RequiresMmapRead("vma.vm_mm")
  static int madvise_collapse(VmAreaStruct vma, Ref<VmAreaStruct> prev, long start, long end) {
    MmStruct mm = vma.vm_mm;
    int thps = 0, last_fail = SCAN_FAIL;
    boolean mmap_locked = true;
    prev.set(vma);
    long hstart = (start + ~HPAGE_PMD_MASK) & HPAGE_PMD_MASK;
    long hend = end & HPAGE_PMD_MASK;
    Ref<Integer> res = new Ref<>();
    out_maybelock:
    {
      for (long addr = hstart; addr < hend; addr += HPAGE_PMD_SIZE) {
        int result = SCAN_FAIL;
        if (!mmap_locked) {
          mmap_read_lock(mm);
          mmap_locked = true;
          vma = hugepage_vma_revalidate(mm, addr);
          if (vma == null) {
            last_fail = SCAN_VMA_NULL;
            return last_fail; /* goto out_nolock: mmap_assert_locked(mm); mmdrop(mm); */
          }
          hend = Math.min(hend, vma.vm_end & HPAGE_PMD_MASK);
        }
        mmap_assert_locked(mm);
        if (vma.anon_vma == null && vma.vm_file != null) { /* !vma_is_anonymous(vma) */
          File file = vma.vm_file; /* get_file() */
          mmap_read_unlock(mm);
          mmap_locked = false;
          result = hpage_collapse_scan_file(mm, addr, file);
        } else {
          mmap_locked = hpage_collapse_scan_pmd(mm, vma, addr, res);
          result = res.get();
        }
        if (!mmap_locked) prev.set(null); /* Tell caller we dropped mmap_lock */
        for (;;) { /* handle_result: */
          switch (result) {
            case SCAN_SUCCEED:
            case SCAN_PMD_MAPPED:
              ++thps;
              break;
            case SCAN_PTE_MAPPED_HUGEPAGE:
              if (mmap_locked) throw new AssertionError(); /* BUG_ON(mmap_locked) */
              mmap_read_lock(mm);
              result = collapse_pte_mapped_thp(mm, addr);
              mmap_read_unlock(mm);
              continue; /* goto handle_result */
            case SCAN_PMD_NULL:
              last_fail = result;
              break;
            default:
              last_fail = result;
              break out_maybelock;
          }
          break;
        }
      }
    }
    /* out_maybelock: Caller expects us to hold mmap_lock on return */
    if (!mmap_locked) mmap_read_lock(mm);
    /* out_nolock: */
    mmap_assert_locked(mm);
    return thps == ((hend - hstart) >> 21) ? 0 : last_fail;
  }
}

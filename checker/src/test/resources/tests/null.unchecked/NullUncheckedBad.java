import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class NullUncheckedBad {
  // find_vma() result dereferenced without a check.
  @RequiresMmapRead("mm")
  static long findVmaDeref(MmStruct mm, long addr) {
    VmAreaStruct vma = find_vma(mm, addr);
    // :: error: [null.unchecked]
    return vma.vm_flags;
  }

  // vma_lookup() result passed to an API function.
  @RequiresMmapRead("mm")
  static void vmaLookupPassed(MmStruct mm, long addr) {
    VmAreaStruct vma = vma_lookup(mm, addr);
    // :: error: [null.unchecked]
    zap_page_range_single(vma, addr, PAGE_SIZE);
  }

  // lock_vma_under_rcu() may fail; the check comes too late.
  static long lockVmaUnderRcu(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    // :: error: [null.unchecked]
    long start = vma.vm_start;
    if (vma == null) {
      return 0;
    }
    vma_end_read(vma);
    return start;
  }

  // pte_offset_map_lock(): both the read and the unlock come before any check.
  @RequiresMmapRead("mm")
  static long peek(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    // :: error: [null.unchecked]
    long val = ptep_get(pte);
    // :: error: [null.unchecked]
    pte_unmap_unlock(pte, ptlp.get());
    return val;
  }

  // hugetlb_walk() may return null.
  @RequiresMmapRead("vma.vm_mm")
  static long hugetlbWalk(VmAreaStruct vma, long addr) {
    hugetlb_vma_lock_read(vma);
    Pte pte = hugetlb_walk(vma, addr, huge_page_size(hstate_vma(vma)));
    // :: error: [null.unchecked]
    long v = huge_ptep_get(vma.vm_mm, addr, pte);
    hugetlb_vma_unlock_read(vma);
    return v;
  }

  // The check covers only one path.
  @RequiresMmapRead("mm")
  static long checkedOnOnePath(MmStruct mm, long addr, boolean strict) {
    VmAreaStruct vma = find_vma(mm, addr);
    if (strict && vma == null) {
      return 0;
    }
    // :: error: [null.unchecked]
    return vma.vm_end;
  }

  // In a loop, each iteration's result is unchecked.
  @RequiresMmapRead("mm")
  static int loopUnchecked(MmStruct mm, long start, long end) {
    int n = 0;
    for (long addr = start; addr < end; n++) {
      VmAreaStruct vma = find_vma(mm, addr);
      // :: error: [null.unchecked]
      addr = vma.vm_end;
    }
    return n;
  }

  @RequiresVmaStable("vma")
  static long flagsOf(VmAreaStruct vma) {
    return vma.vm_flags;
  }

  // Passed straight on to an annotated helper.
  @RequiresMmapRead("mm")
  static long passedToHelper(MmStruct mm, long addr) {
    // :: error: [null.unchecked]
    return flagsOf(find_vma(mm, addr));
  }

  // pte_offset_map() in a lambda, used unchecked.
  static PteEntry lambdaUnchecked(Pmd pmd) {
    return (pte, addr, next, walk) -> {
      Pte other = pte_offset_map(pmd, next);
      // :: error: [null.unchecked]
      long v = ptep_get(other);
      if (other != null) {
        pte_unmap(other);
      }
      return (int) v;
    };
  }
}

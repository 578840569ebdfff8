import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class NullUncheckedOk {
  // ok: null.unchecked
  @RequiresMmapRead("mm")
  static long earlyReturn(MmStruct mm, long addr) {
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null) {
      return 0;
    }
    return vma.vm_flags;
  }

  // ok: null.unchecked
  @RequiresMmapRead("mm")
  static long guardedBlock(MmStruct mm, long addr) {
    VmAreaStruct vma = vma_lookup(mm, addr);
    long flags = 0;
    if (vma != null) {
      flags = vma.vm_flags;
      zap_page_range_single(vma, addr, PAGE_SIZE);
    }
    return flags;
  }

  // ok: null.unchecked
  @RequiresMmapRead("mm")
  static boolean shortCircuit(MmStruct mm, long addr) {
    VmAreaStruct vma = find_vma(mm, addr);
    return vma == null || addr < vma.vm_start;
  }

  // ok: null.unchecked
  @RequiresMmapRead("mm")
  static int loopChecked(MmStruct mm, long start, long end) {
    int n = 0;
    long addr = start;
    while (addr < end) {
      VmAreaStruct vma = find_vma(mm, addr);
      if (vma == null) {
        break;
      }
      addr = vma.vm_end;
      n++;
    }
    return n;
  }

  // ok: null.unchecked
  static long lockVmaWithFallback(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma != null) {
      long flags = vma.vm_flags;
      vma_end_read(vma);
      return flags;
    }
    mmap_read_lock(mm);
    vma = vma_lookup(mm, addr);
    long flags = 0;
    if (vma != null) {
      flags = vma.vm_flags;
    }
    mmap_read_unlock(mm);
    return flags;
  }

  // ok: null.unchecked
  @RequiresMmapRead("mm")
  static long mapLockReversedTest(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (null == pte) {
      return 0;
    }
    long val = ptep_get(pte);
    pte_unmap_unlock(pte, ptlp.get());
    return val;
  }

  // ok: null.unchecked
  @RequiresMmapRead("vma.vm_mm")
  static long hugetlbChecked(VmAreaStruct vma, long addr) {
    hugetlb_vma_lock_read(vma);
    Pte pte = hugetlb_walk(vma, addr, huge_page_size(hstate_vma(vma)));
    long v = 0;
    if (pte != null) {
      v = huge_ptep_get(vma.vm_mm, addr, pte);
    }
    hugetlb_vma_unlock_read(vma);
    return v;
  }

  // ok: null.unchecked
  @RequiresMmapRead("mm")
  static void voidEarlyReturn(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return;
    }
    pte_clear(mm, addr, pte);
    pte_unmap_unlock(pte, ptlp.get());
  }
}

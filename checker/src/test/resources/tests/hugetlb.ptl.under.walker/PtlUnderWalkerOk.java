import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PtlUnderWalkerOk {
  // ok: hugetlb.ptl.under.walker
  static long hvmaReadThenPtl(VmAreaStruct vma, long addr) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    long v = 0;
    hugetlb_vma_lock_read(vma);
    Pte pte = hugetlb_walk(vma, addr, huge_page_size(h));
    if (pte != null) {
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      v = huge_ptep_get(mm, addr, pte);
      spin_unlock(ptl);
    }
    hugetlb_vma_unlock_read(vma);
    return v;
  }

  // ok: hugetlb.ptl.under.walker
  static void hvmaWriteThenPtlAndStore(@SharedMapping VmAreaStruct vma, HState h, long addr, long sz, long val) {
    MmStruct mm = vma.vm_mm;
    hugetlb_vma_lock_write(vma);
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      set_huge_pte_at(mm, addr, pte, val);
      spin_unlock(ptl);
    }
    hugetlb_vma_unlock_write(vma);
  }

  // ok: hugetlb.ptl.under.walker
  static long iMmapReadThenPtl(VmAreaStruct vma, HState h, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    long v = 0;
    i_mmap_lock_read(mapping);
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      v = huge_ptep_get(mm, addr, pte);
      spin_unlock(ptl);
    }
    i_mmap_unlock_read(mapping);
    return v;
  }

  // ok: hugetlb.ptl.under.walker
  static long privateBranchMmapThenPtl(VmAreaStruct vma, HState h, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    long v = 0;
    mmap_read_lock(mm);
    if ((vma.vm_flags & VM_MAYSHARE) == 0) {
      Pte pte = hugetlb_walk(vma, addr, sz);
      if (pte != null) {
        Spinlock ptl = huge_pte_lock(h, mm, pte);
        v = huge_ptep_get(mm, addr, pte);
        spin_unlock(ptl);
      }
    }
    mmap_read_unlock(mm);
    return v;
  }

  // ok: hugetlb.ptl.under.walker
  static long privateParamWalkerThenPtl(@PrivateMapping VmAreaStruct vma, HState h, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    long v = 0;
    hugetlb_walker_lock();
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      v = huge_ptep_get(mm, addr, pte);
      spin_unlock(ptl);
    }
    hugetlb_walker_unlock();
    return v;
  }

  // ok: hugetlb.ptl.under.walker
  static long hvmaAndWalkerTogether(VmAreaStruct vma, HState h, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    long v = 0;
    hugetlb_vma_lock_read(vma);
    hugetlb_walker_lock();
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      v = huge_ptep_get(mm, addr, pte);
      spin_unlock(ptl);
    }
    hugetlb_walker_unlock();
    hugetlb_vma_unlock_read(vma);
    return v;
  }

  // ok: hugetlb.ptl.under.walker
  static long walkerReadsWithoutPtl(@SharedMapping VmAreaStruct vma, long addr, long sz) {
    long v = 0;
    hugetlb_walker_lock();
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      v = huge_ptep_get(vma.vm_mm, addr, pte);
    }
    hugetlb_walker_unlock();
    return v;
  }

  // ok: hugetlb.ptl.under.walker
  @RequiresIMmap("vma.vm_file.f_mapping")
  static int loopUnderCallersIMmap(VmAreaStruct vma, HState h, long start, long sz, int n) {
    MmStruct mm = vma.vm_mm;
    int present = 0;
    for (int i = 0; i < n; i++) {
      Pte pte = hugetlb_walk(vma, start + i * sz, sz);
      if (pte == null) {
        continue;
      }
      Spinlock ptl = huge_pte_lock(h, mm, pte);
      if (huge_ptep_get(mm, start + i * sz, pte) != 0) {
        present++;
      }
      spin_unlock(ptl);
    }
    return present;
  }
}

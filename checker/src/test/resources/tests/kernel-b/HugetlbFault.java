import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class HugetlbFault {
  static final int VM_FAULT_OOM = 1;
  static final long _PAGE_ACCESSED = 0x20, _PAGE_DIRTY = 0x40, _PAGE_RW = 2;

  @RequiresVmaStable("vma")
  @MightSleep
  static int hugetlb_fault(MmStruct mm, VmAreaStruct vma, long address, boolean write) {
    HState h = hstate_vma(vma);
    /* mutex_lock(&hugetlb_fault_mutex_table[hash]) */
    hugetlb_vma_lock_read(vma);
    Pte ptep = hugetlb_walk(vma, address, huge_page_size(h)); /* huge_pte_alloc */
    if (ptep == null) {
      hugetlb_vma_unlock_read(vma);
      return VM_FAULT_OOM;
    }
    long orig_pte = huge_ptep_get(mm, address, ptep);
    if (orig_pte == 0) { /* huge_pte_none_mostly: hugetlb_no_page() */
      hugetlb_vma_unlock_read(vma);
      return 0;
    }
    int ret = 0;
    Spinlock ptl = huge_pte_lock(h, mm, ptep);
    /* Check for a racing update before calling hugetlb_wp() */
    if (pte_same(orig_pte, huge_ptep_get(mm, address, ptep))) {
      if (write) orig_pte |= _PAGE_DIRTY;
      orig_pte |= _PAGE_ACCESSED;
      set_huge_pte_at(mm, address, ptep, orig_pte); /* huge_ptep_set_access_flags */
    }
    spin_unlock(ptl);
    hugetlb_vma_unlock_read(vma);
    /* mutex_unlock */
    return ret;
  }

  @RequiresHugetlbVmaLock("vma")
  @RequiresIMmap(value = "vma.vm_file.f_mapping", write = true)
  static void __unmap_hugepage_range(VmAreaStruct vma, long start, long end) {
    MmStruct mm = vma.vm_mm;
    HState h = hstate_vma(vma);
    long sz = huge_page_size(h);
    for (long address = start; address < end; address += sz) {
      Pte ptep = hugetlb_walk(vma, address, sz);
      if (ptep == null) continue;
      Spinlock ptl = huge_pte_lock(h, mm, ptep);
      if (huge_pmd_unshare(mm, vma, address, ptep) != 0) {
        spin_unlock(ptl);
        continue;
      }
      long pte = huge_ptep_get(mm, address, ptep);
      if (pte == 0) {
        spin_unlock(ptl);
        continue;
      }
      set_huge_pte_at(mm, address, ptep, 0); /* huge_ptep_get_and_clear */
      spin_unlock(ptl);
    }
  }

  /** unmap_hugepage_range() with __hugetlb_zap_begin/_end; mmap lock held by the caller. */
  @RequiresMmapRead("vma.vm_mm")
  @MightSleep
  static void unmap_hugepage_range(VmAreaStruct vma, long start, long end) {
    if (vma.vm_file == null) return;
    hugetlb_vma_lock_write(vma);
    i_mmap_lock_write(vma.vm_file.f_mapping);
    __unmap_hugepage_range(vma, start, end);
    i_mmap_unlock_write(vma.vm_file.f_mapping);
    hugetlb_vma_unlock_write(vma);
  }
}

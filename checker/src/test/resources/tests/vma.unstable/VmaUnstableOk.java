import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class VmaUnstableOk {
  // ok: vma.unstable
  @RequiresVmaStable("vma")
  static boolean isShared(VmAreaStruct vma) {
    return (vma.vm_flags & VM_MAYSHARE) != 0;
  }

  // ok: vma.unstable
  static long sizeUnderMmapLock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    long size = vma.vm_end - vma.vm_start;
    mmap_read_unlock(mm);
    return size;
  }

  // ok: vma.unstable
  static Pmd kernelTraversal(long addr) {
    return pmd_offset(pud_offset(p4d_offset(pgd_offset(init_mm, addr), addr), addr), addr);
  }

  // ok: vma.unstable
  static Pmd kernelBranchOfInitMmTest(MmStruct mm, long addr) {
    if (mm != init_mm) {
      return null;
    }
    Pgd pgd = pgd_offset(mm, addr);
    return pmd_offset(pud_offset(p4d_offset(pgd, addr), addr), addr);
  }

  // ok: vma.unstable
  static P4d kernelMmParameter(@KernelMm MmStruct mm, long addr) {
    return p4d_offset(pgd_offset(mm, addr), addr);
  }

  // ok: vma.unstable
  static long walkFoundVma(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null || addr < vma.vm_start) {
      mmap_read_unlock(mm);
      return 0;
    }
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(vma.vm_mm, addr), addr), addr), addr);
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    long v = 0;
    if (pte != null) {
      v = ptep_get(pte);
      pte_unmap_unlock(pte, ptlp.get());
    }
    mmap_read_unlock(mm);
    return v;
  }

  // ok: vma.unstable
  static void zapUnderFileRmapLock(VmAreaStruct vma) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    zap_page_range_single(vma, vma.vm_start, PAGE_SIZE);
    Pgd pgd = pgd_offset(vma.vm_mm, vma.vm_start);
    i_mmap_unlock_read(mapping);
  }

  // ok: vma.unstable
  @Requires(kind = LockKind.ANON_VMA_READ, on = "vma.anon_vma")
  static long endUnderAnonVmaLock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    Pgd pgd = pgd_offset(mm, vma.vm_start);
    return vma.vm_end;
  }

  // ok: vma.unstable
  @RequiresVmaLock("vma")
  static Pmd walkUnderVmaLock(VmAreaStruct vma, long addr) {
    MmStruct mm = vma.vm_mm;
    if (addr >= vma.vm_end) {
      return null;
    }
    return pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
  }

  // ok: vma.unstable
  static long flagsUnderWriteLockInTry(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    try {
      vma_start_write(vma);
      vma.vm_flags = vma.vm_flags | VM_SHARED;
      return vma.vm_flags;
    } finally {
      mmap_write_unlock(mm);
    }
  }

  // ok: vma.unstable
  static boolean finalFieldsNeedNothing(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    return vma.vm_file != null && mm != null;
  }

  // ok: vma.unstable
  static long trylockTested(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    boolean locked = mmap_read_trylock(mm);
    if (!locked) {
      return -1;
    }
    long start = vma.vm_start;
    mmap_read_unlock(mm);
    return start;
  }

  // ok: vma.unstable
  static void zapFirstUnderVmaReadLock(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return;
    }
    zap_page_range_single(vma, vma.vm_start, PAGE_SIZE);
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    vma_end_read(vma);
  }

  // ok: vma.unstable
  static long mapLockUnderMmapLock(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    mmap_read_lock(mm);
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    long v = 0;
    if (pte != null) {
      v = ptep_get(pte);
      pte_unmap_unlock(pte, ptlp.get());
    }
    mmap_read_unlock(mm);
    return v;
  }
}

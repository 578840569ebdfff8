import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class VmaUnstableFlagged {
  static boolean flagsWithoutLock(VmAreaStruct vma) {
    // :: error: [vma.unstable]
    return (vma.vm_flags & VM_MAYSHARE) != 0;
  }

  static void zapAfterUnlock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    long start = vma.vm_start;
    mmap_read_unlock(mm);
    // :: error: [vma.unstable]
    zap_page_range_single(vma, start, PAGE_SIZE);
  }

  static void pgdUnderRcuOnly(MmStruct mm, long addr) {
    rcu_read_lock();
    // :: error: [vma.unstable]
    Pgd pgd = pgd_offset(mm, addr);
    rcu_read_unlock();
  }

  static Pud pudAfterUnlock(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    P4d p4d = p4d_offset(pgd_offset(mm, addr), addr);
    mmap_read_unlock(mm);
    // :: error: [vma.unstable]
    return pud_offset(p4d, addr);
  }

  static long mapAfterUnlock(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    mmap_read_unlock(mm);
    // :: error: [vma.unstable]
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return 0;
    }
    long v = ptep_get(pte);
    pte_unmap(pte);
    return v;
  }

  static long otherVmaNotStabilised(VmAreaStruct vma, VmAreaStruct other) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    // :: error: [vma.unstable]
    long end = other.vm_end;
    i_mmap_unlock_read(mapping);
    return end;
  }

  static AnonVma anonVmaUnderRcu(VmAreaStruct vma) {
    rcu_read_lock();
    // :: error: [vma.unstable]
    AnonVma av = vma.anon_vma;
    rcu_read_unlock();
    return av;
  }

  static long readInLambda(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    java.util.function.LongSupplier start = () -> {
      // :: error: [vma.unstable]
      return vma.vm_start;
    };
    long s = start.getAsLong();
    mmap_read_unlock(mm);
    return s;
  }

  static Pgd userBranchOfInitMmTest(MmStruct mm, long addr) {
    if (mm == init_mm) {
      return pgd_offset(mm, addr);
    }
    // :: error: [vma.unstable]
    return pgd_offset(mm, addr);
  }

  static long trylockResultIgnored(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    boolean locked = mmap_read_trylock(mm);
    // :: error: [vma.unstable]
    long start = vma.vm_start;
    if (locked) {
      mmap_read_unlock(mm);
    }
    return start;
  }

  @RequiresVmaStable("vma")
  static void zapFirstPage(VmAreaStruct vma) {
    zap_page_range_single(vma, vma.vm_start, PAGE_SIZE);
  }

  static void helperWithoutLock(VmAreaStruct vma) {
    // :: error: [vma.unstable]
    zapFirstPage(vma);
  }

  static Object privateDataAfterRmapUnlock(VmAreaStruct vma) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    i_mmap_unlock_read(mapping);
    // :: error: [vma.unstable]
    return vma.vm_private_data;
  }

  static void zapAfterVmaEndRead(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return;
    }
    long start = vma.vm_start;
    vma_end_read(vma);
    // :: error: [vma.unstable]
    zap_page_range_single(vma, start, PAGE_SIZE);
  }

  static long mapLockUnderRcuOnly(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    rcu_read_lock();
    // :: error: [vma.unstable]
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    long v = 0;
    if (pte != null) {
      v = ptep_get(pte);
      pte_unmap_unlock(pte, ptlp.get());
    }
    rcu_read_unlock();
    return v;
  }

  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean releasedOnOneBranch(VmAreaStruct vma, boolean keep) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    if (!keep) {
      mmap_read_unlock(mm);
    }
    // :: error: [vma.unstable]
    long flags = vma.vm_flags;
    return keep;
  }

  @RequiresVmaLock("vma")
  static Pgd walkOtherMmUnderVmaLock(VmAreaStruct vma, MmStruct other, long addr) {
    // :: error: [vma.unstable]
    return pgd_offset(other, addr);
  }
}

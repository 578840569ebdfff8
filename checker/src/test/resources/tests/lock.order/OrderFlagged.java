import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class OrderFlagged {
  static void vmaWriteAfterIMmap(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    mmap_write_lock(mm);
    i_mmap_lock_write(mapping);
    // :: error: [lock.order]
    vma_start_write(vma);
    i_mmap_unlock_write(mapping);
    mmap_write_unlock(mm);
  }

  static void mmapUnderVmaRead(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return;
    }
    // :: error: [lock.order]
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
    vma_end_read(vma);
  }

  static void iMmapUnderAnon(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    AnonVma av = vma.anon_vma;
    anon_vma_lock_read(av);
    // :: error: [lock.order]
    i_mmap_lock_read(vma.vm_file.f_mapping);
    i_mmap_unlock_read(vma.vm_file.f_mapping);
    anon_vma_unlock_read(av);
    mmap_read_unlock(mm);
  }

  @RequiresIMmap("mapping")
  static void hugetlbUnderIMmap(AddressSpace mapping, VmAreaStruct vma) {
    // :: error: [lock.order]
    hugetlb_vma_lock_read(vma);
    hugetlb_vma_unlock_read(vma);
  }

  static void mmapUnderHugetlb(VmAreaStruct vma, MmStruct other) {
    hugetlb_vma_lock_write(vma);
    // :: error: [lock.order]
    mmap_write_lock(other);
    mmap_write_unlock(other);
    hugetlb_vma_unlock_write(vma);
  }

  @MightSleep
  @Acquires(kind = LockKind.MMAP_READ, on = "mm")
  static void lockFor(MmStruct mm) {
    mmap_read_lock(mm);
  }

  static void helperUnderVmaRead(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma != null) {
      // :: error: [lock.order]
      lockFor(vma.vm_mm);
      mmap_read_unlock(mm);
      vma_end_read(vma);
    }
  }

  static void inLoop(AnonVma av, AddressSpace m, int n) {
    for (int i = 0; i < n; i++) {
      anon_vma_lock_write(av);
      // :: error: [lock.order]
      i_mmap_lock_write(m);
      i_mmap_unlock_write(m);
      anon_vma_unlock_write(av);
    }
  }

  static void mmapBeforeNullCheck(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    // :: error: [lock.order]
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
    if (vma != null) {
      vma_end_read(vma);
    }
  }
}

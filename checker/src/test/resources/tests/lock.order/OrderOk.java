import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class OrderOk {
  // ok: lock.order
  static void fullOrder(VmAreaStruct vma, Pmd pmd) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    mmap_write_lock(mm);
    vma_start_write(vma);
    hugetlb_vma_lock_write(vma);
    i_mmap_lock_write(mapping);
    AnonVma av = vma.anon_vma;
    anon_vma_lock_write(av);
    Spinlock l = pmd_lock(mm, pmd);
    spin_unlock(l);
    anon_vma_unlock_write(av);
    i_mmap_unlock_write(mapping);
    hugetlb_vma_unlock_write(vma);
    mmap_write_unlock(mm);
  }

  // ok: lock.order
  static void trylockUnderVmaRead(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return;
    }
    if (mmap_read_trylock(mm)) {
      mmap_read_unlock(mm);
    }
    vma_end_read(vma);
  }

  // ok: lock.order
  static long fallbackAfterEndRead(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma != null) {
      long s = vma.vm_start;
      vma_end_read(vma);
      return s;
    }
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
    return 0;
  }

  // ok: lock.order
  static void rmapUnderVmaRead(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return;
    }
    AddressSpace mapping = vma.vm_file.f_mapping;
    hugetlb_vma_lock_read(vma);
    i_mmap_lock_read(mapping);
    i_mmap_unlock_read(mapping);
    hugetlb_vma_unlock_read(vma);
    vma_end_read(vma);
  }

  // ok: lock.order
  static void releaseBeforeEarlier(AnonVma av, AddressSpace m) {
    anon_vma_lock_write(av);
    anon_vma_unlock_write(av);
    i_mmap_lock_write(m);
    i_mmap_unlock_write(m);
  }

  // ok: lock.order
  @RequiresMmapWrite("vma.vm_mm")
  static void vmaWriteFirst(VmAreaStruct vma) {
    vma_start_write(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    i_mmap_unlock_write(mapping);
  }

  // ok: lock.order
  static void trylockUnderIMmap(AddressSpace m, MmStruct mm) {
    i_mmap_lock_read(m);
    boolean ok = mmap_read_trylock(mm);
    if (ok) {
      mmap_read_unlock(mm);
    }
    i_mmap_unlock_read(m);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class DoubleFlagged {
  static void readTwice(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [lock.double.acquire]
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
  }

  static void readUnderWrite(MmStruct mm) {
    mmap_write_lock(mm);
    // :: error: [lock.double.acquire]
    mmap_read_lock(mm);
    mmap_write_unlock(mm);
  }

  static void spinAfterMapLock(MmStruct mm, Pmd pmd, long addr) {
    mmap_read_lock(mm);
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte != null) {
      // :: error: [lock.double.acquire]
      spin_lock(ptlp.get());
      pte_unmap_unlock(pte, ptlp.get());
    }
    mmap_read_unlock(mm);
  }

  static void throughAlias(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    // :: error: [lock.double.acquire]
    mmap_write_lock(vma.vm_mm);
    mmap_write_unlock(mm);
  }

  static void iMmapAlias(VmAreaStruct vma) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(vma.vm_file.f_mapping);
    // :: error: [lock.double.acquire]
    i_mmap_lock_read(mapping);
    i_mmap_unlock_write(mapping);
  }

  static void hugetlbTwice(VmAreaStruct vma) {
    hugetlb_vma_lock_read(vma);
    // :: error: [lock.double.acquire]
    hugetlb_vma_lock_write(vma);
    hugetlb_vma_unlock_read(vma);
  }

  static void pmdLockTwice(MmStruct mm, Pmd pmd) {
    Spinlock l = pmd_lock(mm, pmd);
    // :: error: [lock.double.acquire]
    spin_lock(l);
    spin_unlock(l);
  }

  @MightSleep
  @Acquires(kind = LockKind.MMAP_READ, on = "mm")
  static void lockFor(MmStruct mm) {
    mmap_read_lock(mm);
  }

  static void helperWhileHeld(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [lock.double.acquire]
    lockFor(mm);
    mmap_read_unlock(mm);
  }

  @RequiresMmapRead("mm")
  static void requiredThenTaken(MmStruct mm) {
    // :: error: [lock.double.acquire]
    mmap_read_lock(mm);
  }

  static void anonTwice(MmStruct mm, VmAreaStruct vma) {
    mmap_read_lock(vma.vm_mm);
    AnonVma av = vma.anon_vma;
    anon_vma_lock_read(av);
    // :: error: [lock.double.acquire]
    anon_vma_lock_read(av);
    anon_vma_unlock_read(av);
    mmap_read_unlock(vma.vm_mm);
  }
}

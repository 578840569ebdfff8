import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class RmapLockRequiredFlagged {
  @RequiresIMmap("mapping")
  static void scanMapping(AddressSpace mapping) {
  }

  @RequiresIMmap(value = "mapping", write = true)
  static void unlinkFromMapping(AddressSpace mapping) {
  }

  @Requires(kind = LockKind.ANON_VMA_READ, on = "vma.anon_vma")
  static long anonRmapWalk(VmAreaStruct vma) {
    return vma.vm_start;
  }

  @Requires(kind = LockKind.ANON_VMA_WRITE, on = "av")
  static void anonUnlink(AnonVma av) {
  }

  static void withNothing(AddressSpace mapping) {
    // :: error: [rmap.lock.required]
    scanMapping(mapping);
  }

  static void readLockForWriteRequirement(AddressSpace mapping) {
    i_mmap_lock_read(mapping);
    // :: error: [rmap.lock.required]
    unlinkFromMapping(mapping);
    i_mmap_unlock_read(mapping);
  }

  static long mmapLockIsNotRmap(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    // :: error: [rmap.lock.required]
    long s = anonRmapWalk(vma);
    mmap_read_unlock(mm);
    return s;
  }

  static void afterUnlock(VmAreaStruct vma) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    i_mmap_unlock_write(mapping);
    // :: error: [rmap.lock.required]
    scanMapping(vma.vm_file.f_mapping);
  }

  static void mappingOfAnotherVma(VmAreaStruct vma, VmAreaStruct other) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    // :: error: [rmap.lock.required]
    scanMapping(other.vm_file.f_mapping);
    i_mmap_unlock_read(mapping);
  }

  static void anonReadForWrite(AnonVma av) {
    anon_vma_lock_read(av);
    // :: error: [rmap.lock.required]
    anonUnlink(av);
    anon_vma_unlock_read(av);
  }

  static void fileLockIsNotAnonLock(VmAreaStruct vma) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    // :: error: [rmap.lock.required]
    anonRmapWalk(vma);
    i_mmap_unlock_write(mapping);
  }

  static void inLambda(AddressSpace mapping) {
    i_mmap_lock_read(mapping);
    Runnable r = () -> {
      // :: error: [rmap.lock.required]
      scanMapping(mapping);
    };
    r.run();
    i_mmap_unlock_read(mapping);
  }
}

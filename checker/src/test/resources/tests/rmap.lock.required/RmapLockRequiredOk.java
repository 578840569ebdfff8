import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class RmapLockRequiredOk {
  // ok: rmap.lock.required
  @RequiresIMmap("mapping")
  static void scanMapping(AddressSpace mapping) {
  }

  // ok: rmap.lock.required
  @RequiresIMmap(value = "mapping", write = true)
  static void unlinkFromMapping(AddressSpace mapping) {
    scanMapping(mapping);
  }

  // ok: rmap.lock.required
  @Requires(kind = LockKind.ANON_VMA_READ, on = "vma.anon_vma")
  static long anonRmapWalk(VmAreaStruct vma) {
    return vma.vm_start;
  }

  // ok: rmap.lock.required
  static void readLock(AddressSpace mapping) {
    i_mmap_lock_read(mapping);
    scanMapping(mapping);
    i_mmap_unlock_read(mapping);
  }

  // ok: rmap.lock.required
  static void writeSatisfiesRead(VmAreaStruct vma) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    scanMapping(vma.vm_file.f_mapping);
    unlinkFromMapping(mapping);
    i_mmap_unlock_write(mapping);
  }

  // ok: rmap.lock.required
  static long anonThroughAlias(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    AnonVma av = vma.anon_vma;
    mmap_read_unlock(mm);
    anon_vma_lock_write(av);
    long s = anonRmapWalk(vma);
    anon_vma_unlock_write(av);
    return s;
  }

  // ok: rmap.lock.required
  static void lockedInTryFinally(AddressSpace mapping, int n) {
    i_mmap_lock_read(mapping);
    try {
      for (int i = 0; i < n; i++) {
        scanMapping(mapping);
      }
    } finally {
      i_mmap_unlock_read(mapping);
    }
  }

  // ok: rmap.lock.required
  static void lambdaTakesItsOwnLock(AddressSpace mapping) {
    Runnable r = () -> {
      i_mmap_lock_read(mapping);
      scanMapping(mapping);
      i_mmap_unlock_read(mapping);
    };
    r.run();
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class WalkMappingFlagged {
  static int withNothing(AddressSpace mapping, MmWalkOps ops) {
    // :: error: [walk.mapping.i_mmap]
    return walk_page_mapping(mapping, 0, 16, ops, null);
  }

  static int mmapLockIsNotEnough(VmAreaStruct vma, MmWalkOps ops) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    // :: error: [walk.mapping.i_mmap]
    int r = walk_page_mapping(vma.vm_file.f_mapping, 0, 16, ops, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int afterUnlock(AddressSpace mapping, MmWalkOps ops) {
    i_mmap_lock_read(mapping);
    i_mmap_unlock_read(mapping);
    // :: error: [walk.mapping.i_mmap]
    return walk_page_mapping(mapping, 0, 16, ops, null);
  }

  static int anonVmaLockIsNotIMmap(VmAreaStruct vma, MmWalkOps ops) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
    AnonVma av = vma.anon_vma;
    anon_vma_lock_read(av);
    // :: error: [walk.mapping.i_mmap]
    int r = walk_page_mapping(vma.vm_file.f_mapping, 0, 16, ops, null);
    anon_vma_unlock_read(av);
    mmap_read_unlock(mm);
    return r;
  }

  static int otherMappingLocked(VmAreaStruct vma, VmAreaStruct other, MmWalkOps ops) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    // :: error: [walk.mapping.i_mmap]
    int r = walk_page_mapping(other.vm_file.f_mapping, 0, 16, ops, null);
    i_mmap_unlock_read(mapping);
    return r;
  }

  static int inLambda(AddressSpace mapping, MmWalkOps ops) {
    i_mmap_lock_read(mapping);
    java.util.function.IntSupplier walk = () -> {
      // :: error: [walk.mapping.i_mmap]
      return walk_page_mapping(mapping, 0, 16, ops, null);
    };
    int r = walk.getAsInt();
    i_mmap_unlock_read(mapping);
    return r;
  }

  static int vmaLockIsNotIMmap(MmStruct mm, long addr, MmWalkOps ops) {
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    if (vma == null) {
      return -1;
    }
    // :: error: [walk.mapping.i_mmap]
    int r = walk_page_mapping(vma.vm_file.f_mapping, 0, 16, ops, null);
    vma_end_read(vma);
    return r;
  }
}

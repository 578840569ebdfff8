import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class WalkMappingOk {
  // ok: walk.mapping.i_mmap
  static int readLock(AddressSpace mapping, MmWalkOps ops) {
    i_mmap_lock_read(mapping);
    int r = walk_page_mapping(mapping, 0, 16, ops, null);
    i_mmap_unlock_read(mapping);
    return r;
  }

  // ok: walk.mapping.i_mmap
  static int writeLock(AddressSpace mapping, MmWalkOps ops) {
    i_mmap_lock_write(mapping);
    int r = walk_page_mapping(mapping, 0, 16, ops, null);
    i_mmap_unlock_write(mapping);
    return r;
  }

  // ok: walk.mapping.i_mmap
  static int throughAlias(VmAreaStruct vma, MmWalkOps ops) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    int r = walk_page_mapping(vma.vm_file.f_mapping, 0, 16, ops, null);
    i_mmap_unlock_read(vma.vm_file.f_mapping);
    return r;
  }

  // ok: walk.mapping.i_mmap
  @RequiresIMmap("mapping")
  static int walkLocked(AddressSpace mapping, MmWalkOps ops) {
    return walk_page_mapping(mapping, 0, 16, ops, null);
  }

  // ok: walk.mapping.i_mmap
  static int tryFinallyAndLoop(AddressSpace mapping, MmWalkOps ops, int n) {
    int r = 0;
    i_mmap_lock_read(mapping);
    try {
      for (int i = 0; i < n && r == 0; i++) {
        r = walkLocked(mapping, ops);
      }
    } finally {
      i_mmap_unlock_read(mapping);
    }
    return r;
  }

  // ok: walk.mapping.i_mmap
  static int withConstructedOps(AddressSpace mapping) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);
    i_mmap_lock_read(mapping);
    int r = walk_page_mapping(mapping, 0, 16, ops, null);
    i_mmap_unlock_read(mapping);
    return r;
  }
}

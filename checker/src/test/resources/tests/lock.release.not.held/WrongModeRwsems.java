import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Hugetlb.*;

// Every rwsem is released in the mode it was taken in, not only the mmap lock.
class WrongModeRwsems {
  @MightSleep
  static void hugetlbVma(VmAreaStruct vma) {
    hugetlb_vma_lock_read(vma);
    // :: error: [lock.release.not.held]
    hugetlb_vma_unlock_write(vma);
  }

  @MightSleep
  static void iMmap(AddressSpace m) {
    i_mmap_lock_write(m);
    // :: error: [lock.release.not.held]
    i_mmap_unlock_read(m);
  }

  @MightSleep
  static void anonVma(AnonVma av) {
    anon_vma_lock_read(av);
    // :: error: [lock.release.not.held]
    anon_vma_unlock_write(av);
  }

  // ok: lock.release.not.held
  @MightSleep
  static void sameMode(AddressSpace m) {
    i_mmap_lock_read(m);
    i_mmap_unlock_read(m);
  }
}

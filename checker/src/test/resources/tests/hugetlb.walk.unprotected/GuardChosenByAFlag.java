import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Hugetlb.*;
import static org.mmlock.mm.Rmap.*;

// One of the accepted locks held on each value of a boolean protects the walk.
class GuardChosenByAFlag {
  // ok: hugetlb.walk.unprotected
  static long either(@SharedMapping VmAreaStruct vma, long addr, long sz, boolean c) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    long v = 0;
    if (c) {
      hugetlb_vma_lock_read(vma);
    } else {
      i_mmap_lock_read(mapping);
    }
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      v = 1;
    }
    if (c) {
      hugetlb_vma_unlock_read(vma);
    } else {
      i_mmap_unlock_read(mapping);
    }
    return v;
  }

  static long onOneValueOnly(@SharedMapping VmAreaStruct vma, long addr, long sz, boolean c) {
    if (c) {
      hugetlb_vma_lock_read(vma);
    }
    // :: error: [hugetlb.walk.unprotected]
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (c) {
      hugetlb_vma_unlock_read(vma);
    }
    return pte == null ? 0 : 1;
  }
}

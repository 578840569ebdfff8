import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class RawOffsetOk {
  // ok: hugetlb.raw.offset
  static boolean hugetlbWalkUnderHvma(VmAreaStruct vma, long addr, long sz) {
    hugetlb_vma_lock_read(vma);
    Pte pte = hugetlb_walk(vma, addr, sz);
    hugetlb_vma_unlock_read(vma);
    return pte != null;
  }

  // ok: hugetlb.raw.offset
  static boolean hugetlbWalkUnderIMmap(VmAreaStruct vma, long addr, long sz) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    Pte pte = hugetlb_walk(vma, addr, sz);
    i_mmap_unlock_read(mapping);
    return pte != null;
  }

  // ok: hugetlb.raw.offset
  static long hugetlbWalkUnderWalker(VmAreaStruct vma, long addr, long sz) {
    long v = 0;
    hugetlb_walker_lock();
    Pte pte = hugetlb_walk(vma, addr, sz);
    if (pte != null) {
      v = huge_ptep_get(vma.vm_mm, addr, pte);
    }
    hugetlb_walker_unlock();
    return v;
  }

  // ok: hugetlb.raw.offset
  @RequiresMmapRead("vma.vm_mm")
  static boolean hugetlbWalkPrivate(@PrivateMapping VmAreaStruct vma, long addr, long sz) {
    return hugetlb_walk(vma, addr, sz) != null;
  }

  // A helper of the program's own, named like the raw walk, that goes through hugetlb_walk.
  // ok: hugetlb.raw.offset
  @RequiresHugetlbVmaLock("vma")
  static Pte hugePteOffsetOf(VmAreaStruct vma, long addr, long sz) {
    return hugetlb_walk(vma, addr, sz);
  }

  // ok: hugetlb.raw.offset
  static boolean callsTheOwnHelper(VmAreaStruct vma, long addr, long sz) {
    hugetlb_vma_lock_read(vma);
    Pte pte = hugePteOffsetOf(vma, addr, sz);
    hugetlb_vma_unlock_read(vma);
    return pte != null;
  }
}

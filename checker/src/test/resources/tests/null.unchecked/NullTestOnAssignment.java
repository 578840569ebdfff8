import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pgtable.*;

// The kernel's `if (!(pte = pte_offset_map_lock(...)))`: the null test is on an assignment, and
// applies to the variable assigned.
class NullTestOnAssignment {
  // ok: null.unchecked
  @RequiresMmapRead("mm")
  static long mapped(MmStruct mm, Pmd pmd, long addr, Ref<Spinlock> ptlp) {
    Pte pte;
    if ((pte = pte_offset_map_lock(mm, pmd, addr, ptlp)) == null) {
      return 0;
    }
    long v = ptep_get(pte);
    pte_unmap_unlock(pte, ptlp.get());
    return v;
  }

  // ok: null.unchecked
  static long found(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct v;
    long r = 0;
    if ((v = find_vma(mm, addr)) != null) {
      r = v.vm_start;
    }
    mmap_read_unlock(mm);
    return r;
  }

  // The null side falls through to the use.
  @RequiresMmapRead("mm")
  static long fallsThrough(MmStruct mm, Pmd pmd, long addr, Ref<Spinlock> ptlp) {
    Pte pte;
    if ((pte = pte_offset_map_lock(mm, pmd, addr, ptlp)) == null) {
      addr++;
    }
    // :: error: [null.unchecked]
    long v = ptep_get(pte);
    // :: error: [null.unchecked]
    pte_unmap_unlock(pte, ptlp.get());
    return v;
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class CopyPteRange {
  static final int ENOMEM = -12, EAGAIN = -11;
  static final long _PAGE_RW = 2;

  static boolean is_cow_mapping(long flags) { return (flags & (VM_SHARED | VM_MAYSHARE)) == 0; }

  /** dup_mmap(): both mms write-locked. */
  @RequiresMmapWrite("dst_vma.vm_mm")
  @Requires(kind = LockKind.MMAP_WRITE, on = "src_vma.vm_mm")
  @MightSleep
  static int copy_pte_range(VmAreaStruct dst_vma, VmAreaStruct src_vma,
      Pmd dst_pmd, Pmd src_pmd, long addr, long end) {
    MmStruct dst_mm = dst_vma.vm_mm;
    MmStruct src_mm = src_vma.vm_mm;
    int ret = 0;
    int progress;
    for (;;) { /* again: */
      progress = 0;
      if (pte_alloc(dst_mm, dst_pmd) != 0) { /* pte_alloc_map_lock */
        ret = ENOMEM;
        break;
      }
      Ref<Spinlock> dst_ptlp = new Ref<>();
      Pte dst_pte = pte_offset_map_lock(dst_mm, dst_pmd, addr, dst_ptlp);
      if (dst_pte == null) {
        ret = ENOMEM;
        break;
      }
      Spinlock dst_ptl = dst_ptlp.get();
      Ref<Long> dummy_pmdval = new Ref<>();
      Ref<Spinlock> src_ptlp = new Ref<>();
      Pte src_pte = pte_offset_map_rw_nolock(src_mm, src_pmd, addr, dummy_pmdval, src_ptlp);
      if (src_pte == null) {
        pte_unmap_unlock(dst_pte, dst_ptl);
        break;
      }
      Spinlock src_ptl = src_ptlp.get();
      spin_lock(src_ptl); /* spin_lock_nested(src_ptl, SINGLE_DEPTH_NESTING) */
      do {
        long ptent = ptep_get(src_pte);
        if (pte_none(ptent)) { progress++; continue; }
        /* copy_present_ptes(): COW -> wrprotect source */
        if (is_cow_mapping(src_vma.vm_flags) && (ptent & _PAGE_RW) != 0) {
          ptent = ptent & ~_PAGE_RW;
          set_pte_at(src_mm, addr, src_pte, ptent); /* ptep_set_wrprotect */
        }
        set_pte_at(dst_mm, addr, dst_pte, ptent);
        progress += 8;
        addr += PAGE_SIZE;
      } while (addr != end && progress < 32);
      spin_unlock(src_ptl);
      pte_unmap(src_pte); /* pte_unmap_unlock(orig_src_pte, src_ptl) */
      pte_unmap_unlock(dst_pte, dst_ptl);
      /* cond_resched() */
      if (ret == EAGAIN) { /* folio_prealloc() */ }
      ret = 0;
      if (addr == end) break;
    }
    return ret;
  }
}

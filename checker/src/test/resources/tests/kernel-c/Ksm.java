package ksm;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
/** unmerge_and_remove_all_rmap_items() (mm/ksm.c 6.12) over the ksm mm list. */
class Ksm {
  static final long VM_MERGEABLE = 0x80000000L;
  static final class KsmMmSlot { MmStruct mm; KsmMmSlot next; }
  static boolean ksm_test_exit(MmStruct mm) { return false; }

  @RequiresVmaStable("vma")
  static int unmerge_ksm_pages(VmAreaStruct vma, long start, long end) {
    zap_page_range_single(vma, start, end - start); /* break_ksm() placeholder */
    return 0;
  }

  @MightSleep
  static int unmerge_and_remove_all_rmap_items(KsmMmSlot head) {
    int err = 0;
    for (KsmMmSlot slot = head; slot != null; slot = slot.next) {
      MmStruct mm = slot.mm;
      mmap_read_lock(mm);
      mm_exiting: {
        if (ksm_test_exit(mm)) {
          break mm_exiting;
        }
        for (VmAreaStruct vma = find_vma(mm, 0); vma != null; vma = find_vma(mm, vma.vm_end)) {
          if ((vma.vm_flags & VM_MERGEABLE) == 0 || vma.anon_vma == null) {
            continue;
          }
          err = unmerge_ksm_pages(vma, vma.vm_start, vma.vm_end);
          if (err != 0) {
            mmap_read_unlock(mm); /* error: */
            return err;
          }
        }
      }
      /* mm_exiting: remove_trailing_rmap_items() */
      mmap_read_unlock(mm);
    }
    return 0;
  }
}

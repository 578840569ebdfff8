import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class OomReap {
  static final long VM_HUGETLB_ = 0x00400000, VM_PFNMAP = 0x400;
  static final int MAX_OOM_REAP_RETRIES = 10;
  static boolean mmf_oom_skip, notifier_busy;

  /* __oom_reap_task_mm() */
  @RequiresMmapRead("mm")
  static boolean __oom_reap_task_mm(MmStruct mm) {
    boolean ret = true;
    VmAreaStruct vma = find_vma(mm, 0);
    while (vma != null) { /* for_each_vma(vmi, vma) */
      if ((vma.vm_flags & (VM_HUGETLB | VM_PFNMAP)) == 0
          && (vma.anon_vma != null || (vma.vm_flags & VM_SHARED) == 0)) {
        if (notifier_busy) { /* mmu_notifier_invalidate_range_start_nonblock() */
          ret = false;
        } else {
          zap_page_range_single(vma, vma.vm_start, vma.vm_end - vma.vm_start); /* unmap_page_range */
        }
      }
      vma = find_vma(mm, vma.vm_end);
    }
    return ret;
  }

  static boolean oom_reap_task_mm(MmStruct mm) {
    boolean ret = true;
    if (!mmap_read_trylock(mm)) {
      return false; /* trace_skip_task_reaping */
    }
    if (mmf_oom_skip) { mmap_read_unlock(mm); return ret; } /* goto out_unlock */
    ret = __oom_reap_task_mm(mm);
    mmap_read_unlock(mm); /* out_finish: out_unlock: */
    return ret;
  }

  static void oom_reap_task(MmStruct mm) {
    int attempts = 0;
    /* Retry the mmap_read_trylock(mm) a few times */
    while (attempts++ < MAX_OOM_REAP_RETRIES && !oom_reap_task_mm(mm)) {
      /* schedule_timeout_idle(HZ/10); */
    }
  }

  /* khugepaged_scan_mm_slot()-style trylock with the result kept */
  static int scan(MmStruct mm, long addr) {
    boolean locked = mmap_read_trylock(mm);
    int progress = 0;
    if (locked) {
      VmAreaStruct vma = find_vma(mm, addr);
      while (vma != null) {
        progress++;
        if (progress > 64) {
          /* cond_resched()-style breather: drop and retry */
          mmap_read_unlock(mm);
          locked = mmap_read_trylock(mm);
          if (!locked) break;
        }
        // :: error: [vma.unstable]
        vma = find_vma(mm, vma.vm_end);
      }
    }
    if (locked) mmap_read_unlock(mm);
    return progress;
  }
}

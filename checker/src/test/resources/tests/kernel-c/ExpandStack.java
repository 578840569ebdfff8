package expand;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
/** expand_stack() + lock_mm_and_find_vma() (mm/mmap.c, mm/memory.c 6.12). */
class ExpandStack {
  static final long VM_GROWSDOWN = 0x00000100L;

  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean mmap_write_lock_killable(MmStruct mm) {
    mmap_write_lock(mm);
    return false;
  }

  /** expand_downwards(): 0 on success. */
  @RequiresMmapWrite("vma.vm_mm")
  @MightSleep
  static int expand_downwards(VmAreaStruct vma, long address) {
    if ((vma.vm_flags & VM_GROWSDOWN) == 0) {
      return -14;
    }
    vma_start_write(vma);
    anon_vma_lock_write(vma.anon_vma);
    if (address < vma.vm_start) {
      vma.vm_start = address;
    }
    anon_vma_unlock_write(vma.anon_vma);
    return 0;
  }

  /**
   * expand_stack(): called with the mmap read lock; drops it, takes the write lock, and returns
   * with the lock held (downgraded) on success, dropped on failure.
   */
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @AcquiresIfNonNull(kind = LockKind.MMAP_READ, on = "mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "mm")
  static VmAreaStruct expand_stack(MmStruct mm, long addr) {
    mmap_read_unlock(mm);
    if (mmap_write_lock_killable(mm)) {
      return null;
    }
    VmAreaStruct vma = find_vma(mm, addr); /* find_vma_prev() */
    if (vma != null && vma.vm_start <= addr) {
      mmap_write_downgrade(mm);
      return vma;
    }
    if (vma != null && expand_downwards(vma, addr) == 0) {
      mmap_write_downgrade(mm);
      return vma;
    }
    mmap_write_unlock(mm);
    return null;
  }

  /** lock_mm_and_find_vma(): returns the vma with the mmap read lock held, or null unlocked. */
  @MightSleep
  @AcquiresIfNonNull(kind = LockKind.MMAP_READ, on = "mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "mm")
  static VmAreaStruct lock_mm_and_find_vma(MmStruct mm, long addr) {
    mmap_read_lock(mm); /* get_mmap_lock_carefully */
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma != null && vma.vm_start <= addr) {
      return vma;
    }
    if (vma == null || (vma.vm_flags & VM_GROWSDOWN) == 0) {
      mmap_read_unlock(mm);
      return null;
    }
    return expand_stack(mm, addr);
  }

  /** do_user_addr_fault tail using it. */
  @MightSleep
  static long fault(MmStruct mm, long addr) {
    VmAreaStruct vma = lock_mm_and_find_vma(mm, addr);
    if (vma == null) {
      return -14;
    }
    long f = vma.vm_flags;
    mmap_read_unlock(mm);
    return f;
  }
}

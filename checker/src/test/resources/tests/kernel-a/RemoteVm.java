import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class RemoteVm {
  static boolean fatal_signal_pending;
  static final long VM_GROWSDOWN = 0x100, VM_IO = 0x4000;

  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_READ, on = "mm")
  static boolean mmap_read_lock_killable(MmStruct mm) {
    if (fatal_signal_pending) return true;
    mmap_read_lock(mm);
    return false;
  }
  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_WRITE, on = "mm")
  static boolean mmap_write_lock_killable(MmStruct mm) {
    if (fatal_signal_pending) return true;
    mmap_write_lock(mm);
    return false;
  }

  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static int vma_expand_down(VmAreaStruct vma, long addr) {
    if ((vma.vm_flags & VM_GROWSDOWN) == 0) return -14;
    AnonVma av = vma.anon_vma;
    if (av == null) return -12;
    vma_start_write(vma);
    anon_vma_lock_write(av);
    vma.vm_start = addr;
    anon_vma_unlock_write(av);
    return 0;
  }

  /* expand_stack() (v6.5+): called with the mmap read lock; drops it; returns the vma with the
     lock held for read (downgraded), or NULL with no lock */
  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  @AcquiresIfNonNull(kind = LockKind.MMAP_READ, on = "mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "mm")
  static VmAreaStruct expand_stack(MmStruct mm, long addr) {
    mmap_read_unlock(mm);
    if (mmap_write_lock_killable(mm)) return null;
    VmAreaStruct vma = find_vma(mm, addr); /* find_vma_prev(mm, addr, &prev) */
    if (vma != null && vma.vm_start <= addr) {
      mmap_write_downgrade(mm); /* success: */
      return vma;
    }
    if (vma != null && vma_expand_down(vma, addr) == 0) {
      mmap_write_downgrade(mm);
      return vma;
    }
    mmap_write_unlock(mm);
    return null;
  }

  /* get_user_page_vma_remote(): true on error */
  @RequiresMmapRead("mm")
  static boolean gup_remote_fails(MmStruct mm, long addr) {
    VmAreaStruct vma = vma_lookup(mm, addr);
    return vma == null || (vma.vm_flags & VM_IO) != 0;
  }

  @MightSleep
  static long __access_remote_vm(MmStruct mm, long addr, long len) {
    long done = 0;
    if (mmap_read_lock_killable(mm)) return 0;
    if (vma_lookup(mm, addr) == null && expand_stack(mm, addr) == null) return 0;
    while (len != 0) {
      long bytes;
      if (gup_remote_fails(mm, addr)) {
        VmAreaStruct vma = vma_lookup(mm, addr);
        if (vma == null) {
          vma = expand_stack(mm, addr);
          /* mmap_lock was dropped on failure */
          if (vma == null) return done;
          /* Try again if stack expansion worked */
          continue;
        }
        bytes = 0; /* vma->vm_ops->access(vma, addr, buf, len, write) */
        if ((vma.vm_flags & VM_IO) != 0) bytes = Math.min(len, PAGE_SIZE);
        if (bytes <= 0) break;
      } else {
        bytes = Math.min(len, PAGE_SIZE - (addr & (PAGE_SIZE - 1)));
        /* copy_to_user_page / copy_from_user_page */
      }
      len -= bytes;
      done += bytes;
      addr += bytes;
    }
    mmap_read_unlock(mm);
    return done;
  }
}

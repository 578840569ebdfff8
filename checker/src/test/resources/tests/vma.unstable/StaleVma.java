import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rmap.*;

// A VMA found under the mmap lock may be freed once that lock is released (munmap): taking the
// lock again does not make the old pointer valid (collapse_huge_page's hugepage_vma_revalidate).
class StaleVma {
  static boolean busy() {
    return true;
  }

  @MightSleep
  static long relockedAndRead(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null) {
      mmap_read_unlock(mm);
      return 0;
    }
    mmap_read_unlock(mm);
    mmap_write_lock(mm);
    // :: error: [vma.unstable]
    long end = vma.vm_end;
    // :: error: [vma.unstable]
    vma_start_write(vma);
    mmap_write_unlock(mm);
    return end;
  }

  // ok: vma.unstable -- looked up again under the new lock
  @MightSleep
  static long revalidated(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    mmap_read_unlock(mm);
    mmap_write_lock(mm);
    vma = vma_lookup(mm, addr);
    long end = 0;
    if (vma != null) {
      vma_start_write(vma);
      end = vma.vm_end;
    }
    mmap_write_unlock(mm);
    return end;
  }

  // A VMA given with its mm's lock, which the method drops and takes again.
  @MightSleep
  @RequiresMmapRead("vma.vm_mm")
  static long parameterAfterRelock(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_unlock(mm);
    mmap_read_lock(mm);
    // :: error: [vma.unstable]
    return vma.vm_end;
  }

  // ok: vma.unstable -- its file's rmap lock keeps it, whatever happens to the mmap lock
  @MightSleep
  static long rmapLocked(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null) {
      mmap_read_unlock(mm);
      return 0;
    }
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    mmap_read_unlock(mm);
    long end = vma.vm_end;
    i_mmap_unlock_read(mapping);
    return end;
  }

  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "mm")
  static void collapse(MmStruct mm) {
    mmap_read_unlock(mm);
  }

  // ok: vma.unstable -- khugepaged: the loop goes on only while the lock was never dropped
  @MightSleep
  static int scan(MmStruct mm, long addr, long end) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null) {
      mmap_read_unlock(mm);
      return 0;
    }
    int n = 0;
    while (addr < end) {
      boolean mmap_locked = true;
      if ((vma.vm_flags & 1) != 0) {
        collapse(mm);
        mmap_locked = false;
      }
      n++;
      addr += 4096;
      if (!mmap_locked) {
        return n;
      }
    }
    mmap_read_unlock(mm);
    return n;
  }

  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean populate(VmAreaStruct vma) {
    return true;
  }

  // ok: vma.unstable -- a callee that returns true only where it kept the lock (GUP's locked)
  @MightSleep
  static long keptByCallee(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null) {
      mmap_read_unlock(mm);
      return 0;
    }
    if (!populate(vma)) {
      return 0;
    }
    long end = vma.vm_end;
    mmap_read_unlock(mm);
    return end;
  }

  // Dropped on one path, then taken again on every path.
  @MightSleep
  static long droppedOnSomePaths(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma == null) {
      mmap_read_unlock(mm);
      return 0;
    }
    boolean dropped = false;
    if (busy()) {
      mmap_read_unlock(mm);
      dropped = true;
    }
    if (dropped) {
      mmap_read_lock(mm);
    }
    // :: error: [vma.unstable]
    long end = vma.vm_end;
    mmap_read_unlock(mm);
    return end;
  }
}

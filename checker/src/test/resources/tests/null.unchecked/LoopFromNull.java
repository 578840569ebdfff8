import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pgtable.*;

// A local that starts as null and gets its value at the bottom of a loop, tested at the top
// (__get_user_pages, __mm_populate): the loop's first pass must not reach the tested side as
// if the local were non-null.
class LoopFromNull {
  static boolean more() {
    return true;
  }

  // ok: null.unchecked, vma.unstable -- vma is null on the first pass and found in mm after
  @RequiresMmapRead("mm")
  static long gup(MmStruct mm, long addr) {
    long s = 0;
    VmAreaStruct vma = null;
    while (more()) {
      if (vma != null) {
        s += vma.vm_end;
      }
      vma = find_vma(mm, addr);
    }
    return s;
  }

  // ok: null.unchecked, vma.unstable -- found on one path only, null on the other
  @RequiresMmapRead("mm")
  static long foundOnOnePath(MmStruct mm, long addr, boolean c) {
    VmAreaStruct vma = null;
    if (c) {
      vma = find_vma(mm, addr);
    }
    if (vma != null) {
      return vma.vm_end;
    }
    return 0;
  }

  // ok: null.unchecked, pte.use.after.unmap -- a PTE mapped at the bottom of the loop
  @RequiresMmapRead("mm")
  static long pteFromNull(MmStruct mm, Pmd pmd, long addr) {
    long v = 0;
    Pte pte = null;
    while (more()) {
      if (pte != null) {
        v += ptep_get(pte);
        pte_unmap(pte);
      }
      pte = pte_offset_map(pmd, addr);
    }
    if (pte != null) {
      pte_unmap(pte);
    }
    return v;
  }

  // A VMA passed in is not known to be in mm: its fields need a lock of its own mm.
  @RequiresMmapRead("mm")
  static long fromParameter(MmStruct mm, long addr, VmAreaStruct w) {
    long s = 0;
    VmAreaStruct vma = w;
    while (more()) {
      if (vma != null) {
        // :: error: [vma.unstable]
        s += vma.vm_end;
      }
      vma = find_vma(mm, addr);
    }
    return s;
  }

  // Still a fault where the null side is really reached non-null: a value that may be null.
  @RequiresMmapRead("mm")
  static long notTestedInLoop(MmStruct mm, long addr) {
    long s = 0;
    VmAreaStruct vma = null;
    while (more()) {
      if (s > 0) {
        // :: error: [null.unchecked]
        s += vma.vm_end;
      }
      vma = find_vma(mm, addr);
    }
    return s;
  }

  // ok: null.unchecked -- a boolean that recorded the null test (need = vma == null)
  @RequiresMmapRead("mm")
  static void recordedTest(MmStruct mm, long start, long n) {
    VmAreaStruct vma = null;
    while (n-- != 0) {
      boolean need = vma == null;
      if (!need) {
        need = start >= vma.vm_end;
      }
      if (need) {
        vma = find_vma(mm, start);
        if (vma == null) {
          return;
        }
      }
    }
  }

  // The boolean says nothing of a later value.
  @RequiresMmapRead("mm")
  static void recordedThenReassigned(MmStruct mm, long start, long n) {
    VmAreaStruct vma = null;
    while (n-- != 0) {
      boolean need = vma == null;
      vma = find_vma(mm, start);
      if (!need) {
        // :: error: [null.unchecked]
        need = start >= vma.vm_end;
      }
    }
  }

  @MightSleep
  @Releases(kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "vma.vm_mm")
  static boolean populate(VmAreaStruct vma) {
    return true;
  }

  // ok: null.unchecked, vma.unstable, lock.leak -- __mm_populate: vma is non-null wherever
  // locked is true (it is looked up after each locking, and the loop ends when it is null)
  @MightSleep
  static void mmPopulate(MmStruct mm, long start, long end) {
    boolean locked = false;
    VmAreaStruct vma = null;
    for (long nstart = start; nstart < end; nstart += 4096) {
      if (!locked) {
        locked = true;
        mmap_read_lock(mm);
        vma = find_vma(mm, nstart);
      } else if (nstart >= vma.vm_end) {
        vma = find_vma(mm, vma.vm_end);
      }
      if (vma == null) {
        break;
      }
      locked = populate(vma);
    }
    if (locked) {
      mmap_read_unlock(mm);
    }
  }

  // Where a lookup found nothing, locked stays true with vma null: the next pass dereferences it.
  @MightSleep
  static void mmPopulateNoTest(MmStruct mm, long start, long end) {
    boolean locked = false;
    VmAreaStruct vma = null;
    for (long nstart = start; nstart < end; nstart += 4096) {
      if (!locked) {
        locked = true;
        mmap_read_lock(mm);
        vma = find_vma(mm, nstart);
      // :: error: [null.unchecked]
      } else if (nstart >= vma.vm_end) {
        vma = find_vma(mm, nstart);
      }
      if (vma != null) {
        locked = populate(vma);
      }
    }
    if (locked) {
      mmap_read_unlock(mm);
    }
  }
}

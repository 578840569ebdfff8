import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PostFlagged {
  @MightSleep @Acquires(kind = LockKind.MMAP_READ, on = "mm") static boolean lockUser(MmStruct mm) {
    if (mm == init_mm) {
      // :: error: [contract.postcondition]
      return false;
    }
    mmap_read_lock(mm);
    return true;
  }

  // :: error: [contract.postcondition]
  @RequiresMmapRead("mm") static void finish(MmStruct mm) {
    mmap_read_unlock(mm);
  }

  @MightSleep @Acquires(kind = LockKind.MMAP_READ, on = "mm") static int someBranch(MmStruct mm, boolean c) {
    if (c) {
      mmap_read_lock(mm);
    }
    // :: error: [contract.postcondition]
    return 0;
  }

  // :: error: [contract.postcondition]
  @Acquires(kind = LockKind.RCU, on = "") static void rcuNotEntered() {
  }

  @Requires(kind = LockKind.VMA_READ, on = "vma") static long endsCallersRead(VmAreaStruct vma) {
    long s = vma.vm_start;
    vma_end_read(vma);
    // :: error: [contract.postcondition]
    return s;
  }

  @MightSleep @Acquires(kind = LockKind.MMAP_WRITE, on = "mm") static int weakerMode(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [contract.postcondition]
    return 0;
  }

  @RequiresMmapWrite("mm") static int downgradesSilently(MmStruct mm) {
    mmap_write_downgrade(mm);
    // :: error: [contract.postcondition]
    return 0;
  }

  @MightSleep @Acquires(kind = LockKind.I_MMAP_WRITE, on = "vma.vm_file.f_mapping") static int releasedInLoop(VmAreaStruct vma, int n) {
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    for (int i = 0; i < n; i++) {
      if (i == 7) {
        i_mmap_unlock_write(mapping);
        // :: error: [contract.postcondition]
        return -1;
      }
    }
    return 0;
  }
}

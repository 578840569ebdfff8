import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class OverrideFlagged {
  interface VmaVisitor {
    long visit(VmAreaStruct vma);
  }

  static class EndVisitor implements VmaVisitor {
    // :: error: [contract.override]
    @RequiresMmapRead("vma.vm_mm") public long visit(VmAreaStruct vma) {
      return vma.vm_end;
    }
  }

  interface Flusher {
    void flush(MmStruct mm);
  }

  static class SleepyFlusher implements Flusher {
    // :: error: [contract.override]
    @MightSleep public void flush(MmStruct mm) {
      synchronize_rcu();
    }
  }

  abstract static class Locker {
    @MightSleep @Acquires(kind = LockKind.MMAP_READ, on = "mm") abstract void lock(MmStruct mm);
  }

  static class LazyLocker extends Locker {
    // :: error: [contract.override]
    @MightSleep void lock(MmStruct mm) {
    }
  }

  static class Reader {
    @RequiresMmapRead("mm") void read(MmStruct mm) {
      mmap_assert_locked(mm);
    }
  }

  static class Writer extends Reader {
    // :: error: [contract.override]
    @RequiresMmapWrite("mm") void read(MmStruct mm) {
      mmap_assert_write_locked(mm);
    }
  }

  interface StableUser {
    @RequiresVmaStable("vma") long start(VmAreaStruct vma);
  }

  static class VmaLockedUser implements StableUser {
    // :: error: [contract.override]
    @RequiresVmaLock("vma") public long start(VmAreaStruct vma) {
      return vma.vm_start;
    }
  }

  interface TwoMms {
    @RequiresMmapRead("a") void both(MmStruct a, MmStruct b);
  }

  static class OtherMm implements TwoMms {
    // :: error: [contract.override]
    @RequiresMmapRead("#2") public void both(MmStruct a, MmStruct b) {
    }
  }

  abstract static class WriteLocker {
    @MightSleep @Acquires(kind = LockKind.MMAP_WRITE, on = "mm") abstract void lock(MmStruct mm);
  }

  static class ReadLocker extends WriteLocker {
    // :: error: [contract.override]
    @MightSleep @Acquires(kind = LockKind.MMAP_READ, on = "mm") void lock(MmStruct mm) {
      mmap_read_lock(mm);
    }
  }

  static VmaVisitor anonymous() {
    return new VmaVisitor() {
      // :: error: [contract.override]
      @RequiresMmapRead("vma.vm_mm") public long visit(VmAreaStruct vma) {
        return vma.vm_start;
      }
    };
  }
}

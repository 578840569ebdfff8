import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class OverrideOk {
  interface VmaVisitor {
    @RequiresMmapRead("vma.vm_mm") long visit(VmAreaStruct vma);
  }

  static class EndVisitor implements VmaVisitor {
    // ok: contract.override
    @RequiresMmapRead("vma.vm_mm") public long visit(VmAreaStruct vma) {
      return vma.vm_end;
    }
  }

  static class RenamedParam implements VmaVisitor {
    // ok: contract.override
    @RequiresMmapRead("v.vm_mm") public long visit(VmAreaStruct v) {
      return v.vm_start;
    }
  }

  static class ByPosition implements VmaVisitor {
    // ok: contract.override
    @RequiresMmapRead("#1.vm_mm") public long visit(VmAreaStruct vma) {
      return vma.vm_start;
    }
  }

  static class Writer {
    @RequiresMmapWrite("mm") void touch(MmStruct mm) {
      mmap_assert_write_locked(mm);
    }
  }

  static class Reader extends Writer {
    // ok: contract.override
    @RequiresMmapRead("mm") void touch(MmStruct mm) {
      mmap_assert_locked(mm);
    }
  }

  interface Waiter {
    @MightSleep void waitFor(MmStruct mm);
  }

  static class NonSleepingWaiter implements Waiter {
    // ok: contract.override
    public void waitFor(MmStruct mm) {
    }
  }

  interface VmaLocked {
    @RequiresVmaLock("vma") long start(VmAreaStruct vma);
  }

  static class StableEnough implements VmaLocked {
    // ok: contract.override
    @RequiresVmaStable("vma") public long start(VmAreaStruct vma) {
      return vma.vm_start;
    }
  }

  abstract static class Locker {
    @MightSleep @Acquires(kind = LockKind.MMAP_READ, on = "mm") abstract void lock(MmStruct mm);
  }

  static class SameLocker extends Locker {
    // ok: contract.override
    @MightSleep @Acquires(kind = LockKind.MMAP_READ, on = "mm") void lock(MmStruct mm) {
      mmap_read_lock(mm);
    }
  }

  static VmaVisitor lambdaIsNotOverride() {
    return vma -> 0;
  }
}

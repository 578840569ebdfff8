import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PostOk {
  // ok: contract.postcondition
  @MightSleep @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "mm") static boolean lockUser(MmStruct mm) {
    if (mm == init_mm) {
      return false;
    }
    mmap_read_lock(mm);
    return true;
  }

  // ok: contract.postcondition
  @Releases(kind = LockKind.MMAP_READ, on = "mm") static void finish(MmStruct mm) {
    mmap_read_unlock(mm);
  }

  // ok: contract.postcondition
  @RequiresMmapRead("mm") static void relockBeforeReturn(MmStruct mm) {
    mmap_read_unlock(mm);
    mmap_read_lock(mm);
  }

  // ok: contract.postcondition
  @MightSleep @Acquires(kind = LockKind.MMAP_READ, on = "vma.vm_mm") static void throughAlias(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_read_lock(mm);
  }

  // ok: contract.postcondition
  @RequiresMmapWrite("vma.vm_mm") static void vmaWriteStaysCallers(VmAreaStruct vma) {
    vma_start_write(vma);
  }

  // ok: contract.postcondition
  @MightSleep @Acquires(kind = LockKind.MMAP_WRITE, on = "mm") static int everyReturn(MmStruct mm, boolean c) {
    mmap_write_lock(mm);
    if (c) {
      return 1;
    }
    return 0;
  }

  // ok: contract.postcondition
  @Acquires(kind = LockKind.RCU, on = "") static void enterRcu() {
    rcu_read_lock();
  }

  // ok: contract.postcondition
  @Downgrades(kind = LockKind.MMAP_WRITE, on = "mm") static int declaredDowngrade(MmStruct mm) {
    mmap_write_downgrade(mm);
    return 0;
  }

  // ok: contract.postcondition
  @MightSleep @Acquires(kind = LockKind.MMAP_READ, on = "mm") static void viaHelper(MmStruct mm) {
    enterMmap(mm);
  }

  @MightSleep @Acquires(kind = LockKind.MMAP_READ, on = "mm") static void enterMmap(MmStruct mm) {
    mmap_read_lock(mm);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ExprOk {
  static MmStruct global_mm;

  MmStruct mm;

  // ok: contract.expression.invalid
  @RequiresMmapRead("#1") static void byPosition(MmStruct mm) {
    mmap_assert_locked(mm);
  }

  // ok: contract.expression.invalid
  @RequiresMmapRead("vma.vm_mm")
  static long fieldPath(VmAreaStruct vma) {
    return vma.vm_end;
  }

  // ok: contract.expression.invalid
  @RequiresIMmap("#2.vm_file.f_mapping")
  static void positionThenFields(MmStruct mm, VmAreaStruct vma) {
  }

  // ok: contract.expression.invalid
  @RequiresMmapRead("this.mm")
  void thisInInstance() {
    mmap_assert_locked(mm);
  }

  // ok: contract.expression.invalid
  @AcquiresIfNonNull(kind = LockKind.VMA_READ, on = "result")
  static VmAreaStruct resultInNonVoid(MmStruct mm, long addr) {
    return lock_vma_under_rcu(mm, addr);
  }

  // ok: contract.expression.invalid
  @Requires(kind = LockKind.PTE_LOCK, on = "ptlp.get()")
  static void getOnRef(Ref<Spinlock> ptlp) {
  }

  // ok: contract.expression.invalid
  @RequiresMmapRead("init_mm")
  static void staticInitMm() {
    mmap_assert_locked(init_mm);
  }

  // ok: contract.expression.invalid
  @RequiresMmapRead("Kernel.init_mm")
  static void qualifiedInitMm() {
    mmap_assert_locked(init_mm);
  }

  // ok: contract.expression.invalid
  @RequiresMmapRead("global_mm")
  static void ownStaticField() {
  }

  // ok: contract.expression.invalid
  @RequiresRcu
  @Acquires(kind = LockKind.RCU, on = "")
  static void emptyIsGlobalForRcu() {
    rcu_read_lock();
  }
}

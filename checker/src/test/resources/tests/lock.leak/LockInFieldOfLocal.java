import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

// A lock stored in a field of a local object (follow_pfnmap_start's args->lock) is named by that
// field: released through it, it is released.
class LockInFieldOfLocal {
  static final class Args {
    final VmAreaStruct vma;
    Spinlock lock;

    @Aliases(path = "this.vma", to = "vma")
    Args(VmAreaStruct vma) {
      this.vma = vma;
    }
  }

  // ok: lock.leak, lock.release.not.held
  @RequiresVmaStable("vma")
  static void stored(VmAreaStruct vma, Pmd pmd) {
    Args args = new Args(vma);
    args.lock = pmd_lock(args.vma.vm_mm, pmd);
    spin_unlock(args.lock);
  }

  // The field overwritten before the release: the first lock is no longer reachable through it.
  @RequiresVmaStable("vma")
  // :: error: [lock.leak]
  static void overwritten(VmAreaStruct vma, Pmd pmd, Spinlock other) {
    Args args = new Args(vma);
    args.lock = pmd_lock(vma.vm_mm, pmd);
    args.lock = other;
    // :: error: [lock.release.not.held]
    spin_unlock(args.lock);
  }

  static final class Wrong {
    final VmAreaStruct vma;

    @Aliases(path = "this.vma", to = "vma")
    // :: error: [contract.postcondition]
    Wrong(VmAreaStruct vma, VmAreaStruct other) {
      this.vma = other;
    }
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// An expression lambda returns its body's value: it keeps a conditional contract as the same
// body with a return statement does.
class ExpressionLambdaResult {
  interface VmaLocker {
    @AcquiresIfNonNull(kind = LockKind.VMA_READ)
    VmAreaStruct lock(MmStruct mm, long addr);
  }

  // ok: contract.postcondition, lock.leak
  static final VmaLocker EXPR = (mm, addr) -> lock_vma_under_rcu(mm, addr);

  // ok: contract.postcondition, lock.leak
  static final VmaLocker BLOCK = (mm, addr) -> {
    return lock_vma_under_rcu(mm, addr);
  };

  // :: error: [contract.postcondition] [mmap.required]
  static final VmaLocker UNLOCKED = (mm, addr) -> vma_lookup(mm, addr);
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Pgtable.*;

public class TransHugeLock {
  /** __pmd_trans_huge_lock(): the PMD lock, held, if the PMD is huge; else null. */
  @MayReturnNull
  @AcquiresIfNonNull(kind = LockKind.PMD_LOCK, on = "result")
  @RequiresVmaStable("vma")
  static Spinlock pmd_trans_huge_lock(Pmd pmd, VmAreaStruct vma) {
    Spinlock ptl = pmd_lock(vma.vm_mm, pmd);
    if (pmd_trans_huge(pmdp_get(pmd))) {
      return ptl;
    }
    spin_unlock(ptl);
    return null;
  }
}

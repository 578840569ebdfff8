import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class NullCond3 {
  /* the docs' own example shape (how-it-works.md, "Merging paths") */
  @RequiresMmapRead("mm")
  static void g(MmStruct mm, Pmd pmd) {
    long pmdval = pmdp_get_lockless(pmd);
    Spinlock ptl = null;
    if (pmd_trans_huge(pmdval)) ptl = pmd_lock(mm, pmd);
    if (ptl != null) spin_unlock(ptl);
  }
  /* the same with the condition a field test instead */
  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static void a2(VmAreaStruct vma) {
    AnonVma anon_vma = null;
    if (vma.anon_vma != null) { anon_vma = vma.anon_vma; anon_vma_lock_write(anon_vma); }
    if (anon_vma != null) anon_vma_unlock_write(anon_vma);
  }
}

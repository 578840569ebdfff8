import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

// An unstable walk is reported at its first unstable step; the steps after it (and the mapping
// at its end) are covered by that report.
class WalkReportedOnce {
  static long wholeWalkUnlocked(MmStruct mm, long addr) {
    // :: error: [vma.unstable]
    Pgd pgd = pgd_offset(mm, addr);
    P4d p4d = p4d_offset(pgd, addr);
    Pmd pmd = pmd_offset(pud_offset(p4d, addr), addr);
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return 0;
    }
    long v = ptep_get(pte);
    pte_unmap_unlock(pte, ptlp.get());
    return v;
  }

  // Started stable, continued after the lock was dropped: that step is the first unstable one.
  static P4d droppedMidWalk(MmStruct mm, long addr) {
    mmap_read_lock(mm);
    Pgd pgd = pgd_offset(mm, addr);
    mmap_read_unlock(mm);
    // :: error: [vma.unstable]
    P4d p4d = p4d_offset(pgd, addr);
    return p4d;
  }

  // Unstable on one path only: the path that was stable has not been reported, so the next step is.
  static P4d unstableOnOnePath(MmStruct mm, long addr, boolean c) {
    Pgd pgd;
    if (c) {
      mmap_read_lock(mm);
      pgd = pgd_offset(mm, addr);
      mmap_read_unlock(mm);
    } else {
      // :: error: [vma.unstable]
      pgd = pgd_offset(mm, addr);
    }
    // :: error: [vma.unstable]
    return p4d_offset(pgd, addr);
  }

  // Unstable on both paths: reported on each, not again after the join.
  static P4d unstableOnBothPaths(MmStruct mm, long addr, boolean c) {
    Pgd pgd;
    if (c) {
      // :: error: [vma.unstable]
      pgd = pgd_offset(mm, addr);
    } else {
      rcu_read_lock();
      // :: error: [vma.unstable]
      pgd = pgd_offset(mm, addr);
      rcu_read_unlock();
    }
    return p4d_offset(pgd, addr);
  }

  // A second walk of the same mm is a walk of its own.
  static void twoWalks(MmStruct mm, long a, long b) {
    // :: error: [vma.unstable]
    p4d_offset(pgd_offset(mm, a), a);
    // :: error: [vma.unstable]
    p4d_offset(pgd_offset(mm, b), b);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class WalkCallbacks {
  static final MmWalkOps WR_OPS = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK, (pte, addr, next, walk) -> 0);

  static MmWalkOps lambdaTakesMmapLock() {
    return new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> {
      // :: error: [sleep.in.atomic]
      mmap_read_lock(walk.mm);
      mmap_read_unlock(walk.mm);
      return 0;
    });
  }

  static final class SyncingEntry implements PteEntry {
    @Override
    public int pte_entry(Pte pte, long addr, long next, MmWalk walk) {
      // :: error: [sleep.in.atomic]
      synchronize_rcu();
      return 0;
    }
  }

  static int sleepingCallback(Pte pte, long addr, long next, MmWalk walk) {
    // :: error: [sleep.in.atomic]
    synchronize_rcu();
    return 0;
  }

  static MmWalkOps methodRefOps() {
    return new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, WalkCallbacks::sleepingCallback);
  }

  static int lockingCallback(Pte pte, long addr, long next, MmWalk walk) {
    // :: error: [sleep.in.atomic]
    mmap_write_lock(walk.mm);
    mmap_write_unlock(walk.mm);
    return 0;
  }

  static MmWalkOps otherClassMethodRef() {
    return new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, WalkCallbackTargets::sleepsInOtherClass);
  }

  static int methodRefLocal(MmStruct mm) {
    PteEntry cb = WalkCallbacks::lockingCallback;
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, cb);
    mmap_read_lock(mm);
    int r = walk_page_range(mm, 0, TASK_SIZE, ops, null);
    mmap_read_unlock(mm);
    return r;
  }

  static int wrlockWalkUnderSpinlock(MmStruct mm, Spinlock l) {
    mmap_write_lock(mm);
    spin_lock(l);
    // :: error: [sleep.in.atomic]
    int r = walk_page_range(mm, 0, TASK_SIZE, WR_OPS, null);
    spin_unlock(l);
    mmap_write_unlock(mm);
    return r;
  }

  static int wrlockWalkUnderRcu(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    rcu_read_lock();
    // :: error: [sleep.in.atomic]
    int r = walk_page_vma(vma, new MmWalkOps(PageWalkLock.PGWALK_WRLOCK, (pte, a, n, w) -> 0), null);
    rcu_read_unlock();
    mmap_write_unlock(mm);
    return r;
  }

  // ok: sleep.in.atomic
  static MmWalkOps lambdaReadsItsPte() {
    return new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> {
      long v = ptep_get(pte);
      return pte_present(v) ? 1 : 0;
    });
  }

  // ok: sleep.in.atomic
  static final class ClearingEntry implements PteEntry {
    @Override
    public int pte_entry(Pte pte, long addr, long next, MmWalk walk) {
      long v = ptep_get(pte);
      if (pte_present(v)) {
        pte_clear(walk.mm, addr, pte);
      }
      return 0;
    }
  }

  // ok: sleep.in.atomic
  static int writingCallback(Pte pte, long addr, long next, MmWalk walk) {
    long v = ptep_get(pte);
    set_pte_at(walk.mm, addr, pte, v & ~1L);
    return 0;
  }

  // ok: sleep.in.atomic
  static int methodRefWalk(MmStruct mm) {
    mmap_read_lock(mm);
    int r = walk_page_range(mm, 0, TASK_SIZE, new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, WalkCallbacks::writingCallback), null);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: sleep.in.atomic
  static int rdlockWalkUnderSpinlock(MmStruct mm, Spinlock l) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, a, n, w) -> 0);
    mmap_read_lock(mm);
    spin_lock(l);
    int r = walk_page_range(mm, 0, TASK_SIZE, ops, null);
    spin_unlock(l);
    mmap_read_unlock(mm);
    return r;
  }

  // ok: sleep.in.atomic
  static int wrlockWalkAfterSpinUnlock(MmStruct mm, Spinlock l) {
    spin_lock(l);
    spin_unlock(l);
    mmap_write_lock(mm);
    int r = walk_page_range(mm, 0, TASK_SIZE, WR_OPS, null);
    mmap_write_unlock(mm);
    return r;
  }
}

/** Callbacks of another class, referenced below as WalkCallbackTargets::m (declared after the referencing class: a reference counts for targets the checker visits after it). */
class WalkCallbackTargets {
  static int sleepsInOtherClass(Pte pte, long addr, long next, MmWalk walk) {
    // :: error: [sleep.in.atomic]
    synchronize_rcu();
    return 0;
  }
}


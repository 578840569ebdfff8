import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class SleepOk {
  // ok: sleep.in.atomic
  static void sleepingLockFirst(MmStruct mm, Pmd pmd, long addr) {
    mmap_read_lock(mm);
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte != null) {
      pte_unmap_unlock(pte, ptlp.get());
    }
    mmap_read_unlock(mm);
  }

  @MightSleep
  static void waitForReaders() {
    synchronize_rcu();
  }

  // ok: sleep.in.atomic
  static void afterRcuSection() {
    rcu_read_lock();
    rcu_read_unlock();
    waitForReaders();
  }

  // ok: sleep.in.atomic
  static void trylockUnderSpin(MmStruct mm, Pmd pmd) {
    Spinlock l = pmd_lock(mm, pmd);
    if (mmap_read_trylock(mm)) {
      mmap_read_unlock(mm);
    }
    spin_unlock(l);
  }

  // ok: sleep.in.atomic
  static void lockVmaUnderRcu(MmStruct mm, long addr) {
    rcu_read_lock();
    VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
    rcu_read_unlock();
    if (vma != null) {
      vma_end_read(vma);
    }
  }

  // ok: sleep.in.atomic
  @AtomicContext
  static void atomicCallback(MmStruct mm, Pmd pmd) {
    Spinlock l = pmd_lock(mm, pmd);
    spin_unlock(l);
    rcu_read_lock();
    rcu_read_unlock();
  }

  // ok: sleep.in.atomic
  @RequiresMmapRead("mm")
  static void afterUnmapUnlock(MmStruct mm, VmAreaStruct vma, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte != null) {
      pte_unmap_unlock(pte, ptlp.get());
    }
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);
    i_mmap_unlock_read(mapping);
  }

  // ok: sleep.in.atomic
  static void onNullMapNothingHeld(Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      synchronize_rcu();
      return;
    }
    pte_unmap(pte);
  }

  // ok: sleep.in.atomic
  static void sleepAfterLoopOfSpins(MmStruct mm, Pmd pmd, int n) {
    for (int i = 0; i < n; i++) {
      Spinlock l = pmd_lock(mm, pmd);
      spin_unlock(l);
    }
    synchronize_rcu();
  }

  // ok: sleep.in.atomic
  static void allocUnderMmapOnly(MmStruct mm, Pmd pmd) {
    mmap_read_lock(mm);
    pte_alloc(mm, pmd);
    mmap_read_unlock(mm);
  }
}

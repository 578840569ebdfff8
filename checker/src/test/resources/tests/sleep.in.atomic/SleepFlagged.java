import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class SleepFlagged {
  @RequiresMmapRead("mm")
  static void rmapUnderPtl(MmStruct mm, VmAreaStruct vma, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) {
      return;
    }
    // :: error: [sleep.in.atomic]
    i_mmap_lock_read(vma.vm_file.f_mapping);
    i_mmap_unlock_read(vma.vm_file.f_mapping);
    pte_unmap_unlock(pte, ptlp.get());
  }

  @MightSleep
  static void waitForReaders() {
    synchronize_rcu();
  }

  static void helperInRcu() {
    rcu_read_lock();
    // :: error: [sleep.in.atomic]
    waitForReaders();
    rcu_read_unlock();
  }

  static void syncUnderWalker() {
    hugetlb_walker_lock();
    // :: error: [sleep.in.atomic]
    synchronize_rcu();
    hugetlb_walker_unlock();
  }

  static void vmaWriteUnderPmdLock(VmAreaStruct vma, Pmd pmd) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    Spinlock l = pmd_lock(mm, pmd);
    // :: error: [sleep.in.atomic]
    vma_start_write(vma);
    spin_unlock(l);
    mmap_write_unlock(mm);
  }

  @RequiresMmapRead("mm")
  static void allocInRcu(MmStruct mm, Pmd pmd) {
    rcu_read_lock();
    // :: error: [sleep.in.atomic]
    pte_alloc(mm, pmd);
    rcu_read_unlock();
  }

  static void mmapWithMappedPte(MmStruct mm, Pmd pmd, long addr) {
    Pte pte = pte_offset_map(pmd, addr);
    if (pte == null) {
      return;
    }
    // :: error: [sleep.in.atomic]
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
    pte_unmap(pte);
  }

  @AtomicContext
  static void callback(VmAreaStruct vma) {
    // :: error: [sleep.in.atomic]
    hugetlb_vma_lock_read(vma);
    hugetlb_vma_unlock_read(vma);
  }

  @RequiresMmapRead("mm")
  static void beforeNullCheck(MmStruct mm, Pmd pmd, long addr) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    // :: error: [sleep.in.atomic]
    synchronize_rcu();
    if (pte != null) {
      pte_unmap_unlock(pte, ptlp.get());
    }
  }

  static Runnable inLambda() {
    return () -> {
      rcu_read_lock();
      // :: error: [sleep.in.atomic]
      synchronize_rcu();
      rcu_read_unlock();
    };
  }

  static void anonUnderSpinInLoop(AnonVma av, MmStruct mm, Pmd pmd, int n) {
    for (int i = 0; i < n; i++) {
      Spinlock l = pmd_lock(mm, pmd);
      // :: error: [sleep.in.atomic]
      anon_vma_lock_write(av);
      anon_vma_unlock_write(av);
      spin_unlock(l);
    }
  }

  @RequiresRcu
  static void requiresRcuThenSleeps(MmStruct mm) {
    // :: error: [sleep.in.atomic]
    mmap_write_lock(mm);
    mmap_write_unlock(mm);
  }
}

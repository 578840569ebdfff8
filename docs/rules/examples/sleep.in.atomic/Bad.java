import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Sleepy {
  @RequiresMmapRead("vma.vm_mm")
  static void lockAfterMap(VmAreaStruct vma, Pmd pmd, long addr) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte == null) return;
    // :: error: [sleep.in.atomic]
    i_mmap_lock_read(mapping);         // ERROR: [sleep.in.atomic] under PTL and RCU
    i_mmap_unlock_read(mapping);
    pte_unmap_unlock(pte, ptlp.get());
  }

  @MightSleep
  static void waitForReaders() { synchronize_rcu(); }

  static void retire() {
    rcu_read_lock();
    // :: error: [sleep.in.atomic]
    waitForReaders();                  // ERROR: [sleep.in.atomic] inside RCU
    rcu_read_unlock();
  }
}

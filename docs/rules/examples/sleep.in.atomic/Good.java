import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class SleepyFixed {
  @RequiresMmapRead("vma.vm_mm")
  static void lockAfterMap(VmAreaStruct vma, Pmd pmd, long addr) {
    MmStruct mm = vma.vm_mm;
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_read(mapping);         // OK: take sleeping locks first
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    if (pte != null) pte_unmap_unlock(pte, ptlp.get());
    i_mmap_unlock_read(mapping);
  }

  @MightSleep
  static void waitForReaders() { synchronize_rcu(); }

  static void retire() {
    rcu_read_lock();
    rcu_read_unlock();
    waitForReaders();                  // OK: outside the read-side section
  }
}

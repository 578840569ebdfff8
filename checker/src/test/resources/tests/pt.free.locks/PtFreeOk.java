import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class PtFreeOk {
  // ok: pt.free.locks
  static void fileBacked(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    zap_page_range_single(vma, vma.vm_start, vma.vm_end - vma.vm_start);
    free_pgtables(mm, vma);
    i_mmap_unlock_write(mapping);
    mmap_write_unlock(mm);
  }

  // ok: pt.free.locks
  static void anonymous(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    AnonVma av = vma.anon_vma;
    anon_vma_lock_write(av);
    free_pgtables(mm, vma);
    anon_vma_unlock_write(av);
    mmap_write_unlock(mm);
  }

  // ok: pt.free.locks
  @RequiresMmapWrite("vma.vm_mm")
  @Requires(kind = LockKind.VMA_WRITE, on = "vma")
  @RequiresIMmap(value = "vma.vm_file.f_mapping", write = true)
  static void allOnEntry(VmAreaStruct vma) {
    free_pgtables(vma.vm_mm, vma);
  }

  // ok: pt.free.locks
  static void callsHelperWithEverything(VmAreaStruct vma) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    vma_start_write(vma);
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    allOnEntry(vma);
    i_mmap_unlock_write(mapping);
    mmap_write_unlock(mm);
  }

  // ok: pt.free.locks
  static void vmaWriteLockedOnEveryBranch(VmAreaStruct vma, boolean twice) {
    MmStruct mm = vma.vm_mm;
    mmap_write_lock(mm);
    if (twice) {
      vma_start_write(vma);
      vma_start_write(vma);
    } else {
      vma_start_write(vma);
    }
    AddressSpace mapping = vma.vm_file.f_mapping;
    i_mmap_lock_write(mapping);
    try {
      free_pgtables(mm, vma);
    } finally {
      i_mmap_unlock_write(mapping);
    }
    mmap_write_unlock(mm);
  }

  // ok: pt.free.locks
  @RequiresMmapWrite("vma.vm_mm")
  static void fromFoundVma(VmAreaStruct vma, long addr) {
    MmStruct mm = vma.vm_mm;
    VmAreaStruct found = find_vma(mm, addr);
    if (found == null) {
      return;
    }
    vma_start_write(found);
    AnonVma av = found.anon_vma;
    anon_vma_lock_write(av);
    free_pgtables(mm, found);
    anon_vma_unlock_write(av);
  }

  // ok: pt.free.locks
  @RequiresMmapWrite("mm")
  @Requires(kind = LockKind.VMA_WRITE, on = "vma")
  @RequiresAny(
      value = {
        @Requires(kind = LockKind.I_MMAP_WRITE, on = "vma.vm_file.f_mapping"),
        @Requires(kind = LockKind.ANON_VMA_WRITE, on = "vma.anon_vma")
      },
      rule = "pt.free.locks")
  static void wrapperWithSameContract(MmStruct mm, VmAreaStruct vma) {
    free_pgtables(mm, vma);
  }
}

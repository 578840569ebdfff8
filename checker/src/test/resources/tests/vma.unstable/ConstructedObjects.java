import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rmap.*;

// A new VMA's vm_mm and vm_file, a new File's f_mapping and a new MmWalk's mm and vma are the
// objects passed to the constructor (vm_area_alloc, dup_mmap).
class ConstructedObjects {
  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static void vma_link(VmAreaStruct vma) {
    vma_start_write(vma);
  }

  // ok: vma.unstable, mmap.write.required -- a VMA of mm, under mm's mmap write lock
  @MightSleep
  @RequiresMmapWrite("mm")
  static long allocated(MmStruct mm, long addr) {
    VmAreaStruct tmp = new VmAreaStruct(mm, addr, addr + 4096, 0, null);
    long flags = tmp.vm_flags;
    vma_link(tmp);
    return flags;
  }

  // ok: lock.release.not.held -- locked through the new VMA's file, released through the file
  @MightSleep
  @RequiresMmapWrite("mm")
  static void fileOfNewVma(MmStruct mm, long addr, File file) {
    VmAreaStruct tmp = new VmAreaStruct(mm, addr, addr + 4096, 0, file);
    i_mmap_lock_write(tmp.vm_file.f_mapping);
    i_mmap_unlock_write(file.f_mapping);
  }

  // A VMA of another mm: mm's lock does not make it stable.
  @MightSleep
  @RequiresMmapWrite("mm")
  static long otherMm(MmStruct mm, MmStruct other, long addr) {
    VmAreaStruct tmp = new VmAreaStruct(other, addr, addr + 4096, 0, null);
    // :: error: [vma.unstable]
    return tmp.vm_flags;
  }
}

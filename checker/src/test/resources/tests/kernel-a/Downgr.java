import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Downgr {
  /* doc shape */
  @MightSleep
  static void a(MmStruct mm, boolean c) {
    boolean downgraded = false;
    mmap_write_lock(mm);
    if (c) { mmap_write_downgrade(mm); downgraded = true; }
    if (downgraded) mmap_read_unlock(mm);
    else mmap_write_unlock(mm);
  }

  /* nested two deep */
  @MightSleep
  static void b(MmStruct mm, boolean c, boolean d) {
    boolean downgraded = false;
    mmap_write_lock(mm);
    if (c) {
      if (d) { mmap_write_downgrade(mm); downgraded = true; }
    }
    if (downgraded) mmap_read_unlock(mm);
    else mmap_write_unlock(mm);
  }

  /* with a VMA write lock taken first */
  @MightSleep
  static void v(MmStruct mm, long addr, boolean c) {
    boolean downgraded = false;
    mmap_write_lock(mm);
    VmAreaStruct vma = find_vma(mm, addr);
    if (vma != null) {
      vma_start_write(vma);
      if (c) { mmap_write_downgrade(mm); downgraded = true; }
    }
    if (downgraded) mmap_read_unlock(mm);
    else mmap_write_unlock(mm);
  }

  /* VMA write lock, no nesting */
  @MightSleep
  static void w(MmStruct mm, VmAreaStruct vma, boolean c) {
    boolean downgraded = false;
    mmap_write_lock(vma.vm_mm);
    vma_start_write(vma);
    if (c) { mmap_write_downgrade(vma.vm_mm); downgraded = true; }
    if (downgraded) mmap_read_unlock(vma.vm_mm);
    else mmap_write_unlock(vma.vm_mm);
  }
}

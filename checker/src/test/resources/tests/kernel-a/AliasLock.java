import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class AliasLock {
  /* lock taken through vma.vm_mm (vma from find_vma(mm, ..)), then vma moves on */
  @MightSleep
  static void f(MmStruct mm, long a) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, a);
    if (vma == null) { mmap_read_unlock(mm); return; }
    mmap_read_unlock(mm);
    mmap_read_lock(vma.vm_mm);     /* the same lock: vma.vm_mm is mm */
    vma = find_vma(mm, a + 1);     /* vma moves on */
    mmap_read_unlock(mm);
  }

  /* same, without moving vma */
  @MightSleep
  static void g(MmStruct mm, long a) {
    mmap_read_lock(mm);
    VmAreaStruct vma = find_vma(mm, a);
    if (vma == null) { mmap_read_unlock(mm); return; }
    mmap_read_unlock(mm);
    mmap_read_lock(vma.vm_mm);
    mmap_read_unlock(mm);
  }
}

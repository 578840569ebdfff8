package aliasloop;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
class AliasLoop {
  @RequiresMmapWrite("vma.vm_mm")
  static void use(VmAreaStruct vma) {}

  /* userfaultfd_register(): scan the range with a cursor copied from vma, then use vma. */
  @MightSleep
  static void a(MmStruct mm, long start) {
    mmap_write_lock(mm);
    VmAreaStruct vma = find_vma(mm, start);
    if (vma != null) {
      for (VmAreaStruct cur = vma; cur != null; cur = find_vma(mm, cur.vm_end)) {
      }
      long f = vma.vm_flags;   /* accepted? */
      use(vma);                /* FP: mmap.write.required */
    }
    mmap_write_unlock(mm);
  }
  /* same without the copy: accepted */
  @MightSleep
  static void c(MmStruct mm, long start) {
    mmap_write_lock(mm);
    VmAreaStruct vma = find_vma(mm, start);
    if (vma != null) {
      for (VmAreaStruct cur = find_vma(mm, start); cur != null; cur = find_vma(mm, cur.vm_end)) {
      }
      use(vma);
    }
    mmap_write_unlock(mm);
  }
}

import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class MremapOld {
  static final long EINVAL = -22, EFAULT = -14, ENOMEM = -12, EINTR = -4;
  static final long VM_LOCKED = 0x2000;

  @MightSleep
  static void mm_populate(MmStruct mm, long start, long len) {
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
  }

  /* v5.x mremap(): __do_munmap(..., downgrade = true) returns 1 when it downgraded */
  @MightSleep
  static long mremap(MmStruct mm, long addr, long old_len, long new_len) {
    long ret = EINVAL;
    boolean locked = false;
    boolean downgraded = false;
    mmap_write_lock(mm);
    if (old_len >= new_len) {
      /* retval = __do_munmap(mm, addr+new_len, old_len - new_len, &uf_unmap, true); */
      VmAreaStruct vma = find_vma(mm, addr + new_len);
      if (vma != null && vma.vm_start < addr + old_len) {
        vma_start_write(vma);
        /* detach_vmas_to_be_unmapped(); if (downgrade) mmap_write_downgrade(mm); */
        if ((vma.vm_flags & VM_LOCKED) == 0) { /* downgrade allowed */
          mmap_write_downgrade(mm);
          downgraded = true;
        }
        zap_page_range_single(vma, addr + new_len, old_len - new_len);
      }
      ret = addr;
    } else {
      VmAreaStruct vma = vma_lookup(mm, addr);
      if (vma == null) {
        ret = EFAULT;
      } else {
        vma_start_write(vma);
        vma.vm_end = vma.vm_end + (new_len - old_len);
        if ((vma.vm_flags & VM_LOCKED) != 0) locked = true;
        ret = addr;
      }
    }
    /* out: */
    if ((ret & (PAGE_SIZE - 1)) != 0) locked = false;
    if (downgraded) mmap_read_unlock(mm);
    else mmap_write_unlock(mm);
    if (locked && new_len > old_len) mm_populate(mm, addr + old_len, new_len - old_len);
    return ret;
  }
}

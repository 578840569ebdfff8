package procmaps;
import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;
/** fs/proc/task_mmu.c m_start/m_next/m_stop/show_map (6.12), driven by seq_read. */
class ProcMaps {
  static final class ProcMapsPrivate {
    MmStruct mm;
    long last_addr;
  }

  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_READ, on = "mm")
  static boolean mmap_read_lock_killable(MmStruct mm) {
    mmap_read_lock(mm);
    return false;
  }

  /** proc_get_vma(): vma_next(&priv->iter). */
  @RequiresMmapRead("priv.mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "priv.mm")
  static VmAreaStruct proc_get_vma(ProcMapsPrivate priv) {
    VmAreaStruct vma = find_vma(priv.mm, priv.last_addr);
    if (vma != null) {
      priv.last_addr = vma.vm_end;
    }
    return vma;
  }

  @MightSleep
  @Acquires(kind = LockKind.MMAP_READ, on = "priv.mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "priv.mm")
  static VmAreaStruct m_start(ProcMapsPrivate priv) {
    mmap_read_lock(priv.mm);
    return proc_get_vma(priv);
  }

  @RequiresMmapRead("priv.mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "priv.mm")
  static VmAreaStruct m_next(ProcMapsPrivate priv, VmAreaStruct v) {
    return proc_get_vma(priv);
  }

  @Releases(kind = LockKind.MMAP_READ, on = "priv.mm")
  static void m_stop(ProcMapsPrivate priv, VmAreaStruct v) {
    MmStruct mm = priv.mm;
    mmap_read_unlock(mm);
  }

  @RequiresVmaStable("vma")
  static long show_map(VmAreaStruct vma) {
    return vma.vm_start ^ vma.vm_end ^ vma.vm_flags;
  }

  /** seq_read_iter() skeleton. */
  @MightSleep
  static long seq_read(ProcMapsPrivate priv) {
    long out = 0;
    VmAreaStruct p = m_start(priv);
    while (p != null) {
      out += show_map(p);
      p = m_next(priv, p);
    }
    m_stop(priv, p);
    return out;
  }
}

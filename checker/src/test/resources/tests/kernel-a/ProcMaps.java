import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class ProcMaps {
  static final class ProcMapsPrivate {
    MmStruct mm;
    Object task;
  }
  static boolean signal_pending;
  static final long EINTR = -4;

  @MightSleep
  @AcquiresIf(result = false, kind = LockKind.MMAP_READ, on = "mm")
  static boolean mmap_read_lock_killable(MmStruct mm) {
    if (signal_pending) return true;
    mmap_read_lock(mm);
    return false;
  }

  /* m_start(): returns true with priv->mm read-locked (priv->task set) */
  @MightSleep
  @AcquiresIf(result = true, kind = LockKind.MMAP_READ, on = "priv.mm")
  static boolean m_start(ProcMapsPrivate priv, long last_addr) {
    if (last_addr == -1L) return false;
    priv.task = new Object(); /* get_proc_task(priv->inode) */
    MmStruct mm = priv.mm;
    if (mm == null /* || !mmget_not_zero(mm) */) {
      priv.task = null;
      return false;
    }
    if (mmap_read_lock_killable(mm)) {
      /* mmput(mm); put_task_struct(priv->task); */
      priv.task = null;
      return false; /* ERR_PTR(-EINTR) */
    }
    /* vma_iter_init(&priv->iter, mm, last_addr); hold_task_mempolicy(priv); */
    return true;
  }

  /* proc_get_vma() / m_next() */
  @RequiresMmapRead("priv.mm")
  @MayReturnNull
  @Aliases(path = "result.vm_mm", to = "priv.mm")
  static VmAreaStruct proc_get_vma(ProcMapsPrivate priv, long addr) {
    return find_vma(priv.mm, addr); /* vma_next(&priv->iter) */
  }

  @Releases(kind = LockKind.MMAP_READ, on = "priv.mm")
  static void m_stop(ProcMapsPrivate priv) {
    MmStruct mm = priv.mm;
    /* release_task_mempolicy(priv); */
    mmap_read_unlock(mm);
    /* mmput(mm); put_task_struct(priv->task); */
    priv.task = null;
  }

  /* show_map_vma() */
  @RequiresMmapRead("vma.vm_mm")
  static long show_map_vma(VmAreaStruct vma) {
    File file = vma.vm_file;
    long start = vma.vm_start, end = vma.vm_end, flags = vma.vm_flags;
    /* ... seq_printf ... */
    return (end - start) ^ flags ^ (file != null ? 1 : 0);
  }

  /* seq_read_iter(): start, show/next ..., stop */
  @MightSleep
  static long seq_read(ProcMapsPrivate priv, long pos) {
    long out = 0;
    if (!m_start(priv, pos)) return 0;
    VmAreaStruct vma = proc_get_vma(priv, pos);
    while (vma != null) {
      out += show_map_vma(vma);
      pos = vma.vm_end;
      vma = proc_get_vma(priv, pos); /* m_next */
    }
    m_stop(priv);
    return out;
  }
}

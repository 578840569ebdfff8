import org.mmlock.mm.*;
import org.mmlock.qual.*;

// An install_pte callback runs inside walk_page_range_mm, under the mmap lock or a VMA lock: the
// walk's VMA is stable there, as in a pte_entry callback.
class InstallPteCallback {
  // ok: vma.unstable
  static final InstallPte FLAGS = (addr, next, ptep, walk) -> (int) walk.vma.vm_flags;
}

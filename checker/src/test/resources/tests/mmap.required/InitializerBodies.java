import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import java.util.function.Supplier;

// Field initializers and initializer blocks are bodies of their own, checked like methods:
// they start with nothing held.
class InitializerBodies {
  // :: error: [mmap.required]
  static VmAreaStruct first = find_vma(init_mm, 0);

  static long start;

  // ok: mmap.required
  static {
    mmap_read_lock(init_mm);
    VmAreaStruct v = find_vma(init_mm, 0);
    start = v == null ? 0 : v.vm_start;
    mmap_read_unlock(init_mm);
  }

  static {
    // :: error: [mmap.required]
    find_vma(init_mm, 1);
  }

  final MmStruct mm;

  // :: error: [lock.leak]
  {
    mmap_write_lock(init_mm);
  }

  InitializerBodies(MmStruct mm) {
    this.mm = mm;
  }

  // A lambda in a field's initializer, as before: a body of its own.
  // :: error: [mmap.required]
  static final Supplier<VmAreaStruct> LATER = () -> find_vma(init_mm, 2);

  // ok: mmap.required
  static final String PLAIN = "x".repeat(3);
}

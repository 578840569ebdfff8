import org.mmlock.mm.*;
import static org.mmlock.mm.Pgtable.*;

// An element at a computed index is not followed from one expression to the next, but what it
// requires is still checked: it names an object of its own.
class ArrayElements {
  static long f(MmStruct[] mms, VmAreaStruct[] vmas, int i) {
    // :: error: [vma.unstable]
    long s = vmas[i + 1].vm_start;
    // :: error: [vma.unstable]
    Pgd p = pgd_offset(mms[i + 1], 0);
    return s;
  }
}

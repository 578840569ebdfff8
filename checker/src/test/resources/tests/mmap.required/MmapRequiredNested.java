import org.mmlock.mm.*;
import java.util.function.Function;
import java.util.function.Supplier;
import static org.mmlock.mm.MmapLock.*;

/**
 * Bodies inside bodies that do not touch the mm API themselves: the lambdas and classes worth a
 * CFG are found at any depth.
 */
class MmapRequiredNested {
  static Supplier<Function<Long, Boolean>> lambdaInLambda(MmStruct mm) {
    int unused = 1 + 2;
    return () -> {
      String s = "outer lambda: nothing checked here";
      // :: error: [mmap.required]
      return addr -> s.isEmpty() || find_vma(mm, addr) != null;
    };
  }

  static Supplier<Runnable> classInLambda(MmStruct mm, long addr) {
    return () -> new Runnable() {
      @Override
      public void run() {
        // :: error: [mmap.required]
        find_vma(mm, addr);
      }
    };
  }

  static Supplier<Supplier<Boolean>> lockedInside(MmStruct mm, long addr) {
    return () -> () -> {
      mmap_read_lock(mm);
      boolean found = find_vma(mm, addr) != null;
      mmap_read_unlock(mm);
      return found;
    };
  }
}

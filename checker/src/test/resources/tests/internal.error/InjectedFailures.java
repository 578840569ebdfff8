import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pgtable.*;

/**
 * Compiled with -Ammlock.injectFailure=boom: the analysis of every method called boom fails.
 * The failure is reported on that method, and every other method is still checked.
 */
class InjectedFailures {
  // :: error: [internal.error]
  static void boom(MmStruct mm) {
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
  }

  static class Nested {
    // :: error: [internal.error]
    int boom(MmStruct mm, long addr) {
      return find_vma(mm, addr) == null ? 0 : 1;
    }
  }

  // The method after a failed one is still analysed: its violation is reported.
  static void afterFailure(MmStruct mm, long addr) {
    // :: error: [mmap.required]
    find_vma(mm, addr);
  }

  // :: error: [internal.error]
  static int boom(MmStruct mm, long addr, Pmd pmd) {
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
    return pte == null ? 0 : 1;
  }

  // ok: internal.error
  static void notBoom(MmStruct mm) {
    mmap_read_lock(mm);
    mmap_read_unlock(mm);
  }

  // ok: internal.error
  static void boomLike(MmStruct mm) {
    mmap_write_lock(mm);
    mmap_write_unlock(mm);
  }

  // ok: internal.error
  static void unrelated() {
    System.out.println("no mm API here: not analysed at all");
  }

  // ok: internal.error
  // Touches neither the mm API nor an annotated method: skipped by the pre-scan, no CFG is built,
  // so the injected failure never runs.
  static int boom(String s) {
    return s.length();
  }

  // ok: internal.error
  // Uses API types and pure value tests only: nothing to check, so no CFG either.
  static boolean boom(Pte pte, long v) {
    return pte != null && pte_present(v);
  }
}

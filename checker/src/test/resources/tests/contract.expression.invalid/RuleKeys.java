import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// The rule attribute of @Requires and @RequiresAny names the key reported when the requirement
// is unmet: it must be one of rules.md's keys (empty: the key of the lock's kind).
class RuleKeys {
  // :: error: [contract.expression.invalid]
  @Requires(kind = LockKind.MMAP_READ, on = "mm", rule = "mmap.requird")
  static void misspelt(MmStruct mm) {
  }

  // :: error: [contract.expression.invalid]
  @RequiresAny(value = {@Requires(kind = LockKind.MMAP_READ, on = "mm")}, rule = "internal.error")
  static void notARequirementsKey(MmStruct mm) {
  }

  @Requires(kind = LockKind.MMAP_READ, on = "mm", rule = "vma.unstable")
  static void known(MmStruct mm) {
  }

  // The requirement still stands, under its kind's own key.
  static void caller(MmStruct mm) {
    // :: error: [mmap.required]
    misspelt(mm);
    // :: error: [vma.unstable]
    known(mm);
  }
}

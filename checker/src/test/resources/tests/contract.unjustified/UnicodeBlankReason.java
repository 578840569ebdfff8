import org.mmlock.mm.*;
import org.mmlock.qual.*;

// A reason made of spaces is no reason, whichever spaces they are; nor is one of invisible
// characters (a zero-width space, a byte order mark, a NUL).
class UnicodeBlankReason {
  // :: error: [contract.unjustified]
  @AssumeHeld(kind = LockKind.MMAP_READ, on = "mm", why = "\u2003\u00a0")
  static void emSpace(MmStruct mm) {
  }

  // :: error: [contract.unjustified]
  @NotChecked(why = "\u200b")
  static void zeroWidth(MmStruct mm) {
  }

  // :: error: [contract.unjustified]
  @NotChecked(why = "\ufeff\u0000")
  static void bomAndNul(MmStruct mm) {
  }

  // ok: contract.unjustified
  @NotChecked(why = "na\u00efve, but checked by hand\u200b")
  static void visible(MmStruct mm) {
  }

  // ok: contract.unjustified
  @AssumeHeld(kind = LockKind.MMAP_READ, on = "mm", why = "the caller holds it (see do_fault)")
  static void reason(MmStruct mm) {
  }
}

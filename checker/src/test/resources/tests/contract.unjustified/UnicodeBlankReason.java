import org.mmlock.mm.*;
import org.mmlock.qual.*;

// A reason made of spaces is no reason, whichever spaces they are.
class UnicodeBlankReason {
  // :: error: [contract.unjustified]
  @AssumeHeld(kind = LockKind.MMAP_READ, on = "mm", why = "\u2003\u00a0")
  static void emSpace(MmStruct mm) {
  }

  // ok: contract.unjustified
  @AssumeHeld(kind = LockKind.MMAP_READ, on = "mm", why = "the caller holds it (see do_fault)")
  static void reason(MmStruct mm) {
  }
}

package org.mmlock.checker.rules;

import java.util.Set;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.mmlock.checker.flow.LockStore;
import org.mmlock.checker.flow.MmFacts;

/** Rules at a field dereference: a possibly-null API result, and unstable VMA fields. */
final class DerefRules {
  /** VMA fields that change under the VMA's locks; {@code vm_mm} and {@code vm_file} are final. */
  private static final Set<String> MUTABLE_VMA_FIELDS =
      Set.of("vm_start", "vm_end", "vm_flags", "anon_vma", "vm_private_data");

  private final Reporter out;

  DerefRules(Reporter out) {
    this.out = out;
  }

  void check(FieldAccessNode n, String receiver, LockStore s) {
    if (s.maybeNull(receiver)) {
      out.report(n.getTree(), "null.unchecked", Describe.quoted(receiver, null, s), " (dereferenced: ." + n.getFieldName() + ")",
          Describe.held(s), "a null check first; on null nothing is held");
      return;
    }
    boolean vma = org.mmlock.checker.model.LockExpr.isMmType(n.getReceiver().getType(), "VmAreaStruct");
    if (vma && MUTABLE_VMA_FIELDS.contains(n.getFieldName()) && !MmFacts.proves(s, new MmFacts.Stable(receiver, false))) {
      out.report(n.getTree(), "vma.unstable", "reading " + Describe.path(receiver, s) + "." + n.getFieldName(), "",
          Describe.held(s), CallRules.stableNeed(receiver, false, s));
    }
  }
}

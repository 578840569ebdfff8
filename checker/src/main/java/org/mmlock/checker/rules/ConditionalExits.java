package org.mmlock.checker.rules;

import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.List;
import org.mmlock.checker.flow.Conditions;
import org.mmlock.checker.flow.Held;
import org.mmlock.checker.flow.LockClass;
import org.mmlock.checker.flow.LockStore;
import org.mmlock.checker.model.Effect;
import org.mmlock.qual.LockKind;

/**
 * The exits of a method that declares a conditional acquisition ({@code @AcquiresIf},
 * {@code @AcquiresIfNonNull}): where what it returns is known (a literal, a local whose value or
 * nullness a test settled), the lock must be held exactly when the declared outcome is returned.
 * A caller relies on it both ways: it releases the lock on that outcome only.
 */
final class ConditionalExits {
  /** Returned literals, as {@code LockTransfer} records them instead of a path. */
  static final String TRUE = "=true";
  static final String FALSE = "=false";
  static final String NULL = "=null";

  private static final class Declared {
    final LockKind kind;
    final String path;
    final Effect.When when;

    Declared(LockKind kind, String path, Effect.When when) {
      this.kind = kind;
      this.path = path;
      this.when = when;
    }
  }

  private final Reporter out;
  private final String method;
  private final List<Declared> declared = new ArrayList<>();

  ConditionalExits(Reporter out, String method) {
    this.out = out;
    this.method = method;
  }

  void declare(Effect e, String path) {
    declared.add(new Declared(e.kind, path, e.when));
  }

  boolean isEmpty() {
    return declared.isEmpty();
  }

  /** Checks one return; {@code path} resolves a declared path at it (its {@code result}). */
  void check(Tree at, LockStore s, String returned, java.util.function.UnaryOperator<String> path) {
    for (Declared d : declared) {
      LockClass cls = LockClass.of(d.kind);
      String p = path.apply(d.path);
      Held h = s.lock(cls, p);
      Boolean outcome = outcome(d.when, returned, s);
      boolean held = h != null && (h.definite() || (h.cond != null && Conditions.known(h.cond, true, s)));
      boolean free = h == null || (h.cond != null && Conditions.known(h.cond, false, s));
      String token = Describe.need(d.kind, p, s);
      String write = held ? ExitRules.heldForWrite(h, d.kind) : null;
      if (write != null && !Boolean.FALSE.equals(outcome)) {
        out.report(at, "contract.postcondition", method, ": " + token + " is declared held when it returns "
            + what(d.when) + ", and is held for write" + Describe.here(at) + write + " (the caller releases a read lock)",
            Describe.held(s), token);
      } else if (Boolean.TRUE.equals(outcome) && !held || outcome == null && free) {
        out.report(at, "contract.postcondition", method, ": " + token + " is declared held when it returns "
            + what(d.when) + ", and is not held" + Describe.here(at), Describe.held(s), token);
      } else if (Boolean.FALSE.equals(outcome) && !free || outcome == null && h != null && h.definite()) {
        out.report(at, "lock.leak", token, " when " + method + " returns " + other(d.when)
            + ", which tells the caller it is not held", Describe.held(s),
            "release it on this path, or declare @Acquires");
      }
    }
  }

  /**
   * Whether the method returns the declared outcome here: true, false, or null when unknown.
   */
  private static Boolean outcome(Effect.When when, String returned, LockStore s) {
    if (returned == null) {
      return null;
    }
    if (when == Effect.When.IF_NONNULL) {
      if (returned.equals(NULL) || Conditions.known("nn:" + returned, false, s)) {
        return false;
      }
      return Conditions.known("nn:" + returned, true, s) || s.lockedThrough(returned) ? true : null;
    }
    String v = returned.equals(TRUE) ? "bool:true" : returned.equals(FALSE) ? "bool:false" : s.value(returned);
    if (!"bool:true".equals(v) && !"bool:false".equals(v)) {
      return null;
    }
    return v.equals("bool:" + (when == Effect.When.IF_TRUE));
  }

  private static String what(Effect.When when) {
    return when == Effect.When.IF_NONNULL ? "non-null" : when == Effect.When.IF_TRUE ? "true" : "false";
  }

  private static String other(Effect.When when) {
    return when == Effect.When.IF_NONNULL ? "null" : when == Effect.When.IF_TRUE ? "false" : "true";
  }
}

package org.mmlock.checker.model;

import org.mmlock.qual.LockKind;

/** A lock effect of a call: acquire (maybe conditionally), release or downgrade. */
public final class Effect {
  /** What the call does to the lock. */
  public enum Op {
    ACQUIRE,
    RELEASE,
    DOWNGRADE
  }

  /** When a conditional acquisition holds. */
  public enum When {
    ALWAYS,
    IF_TRUE,
    IF_FALSE,
    IF_NONNULL
  }

  public final Op op;
  public final When when;
  public final LockKind kind;
  public final LockExpr expr;

  public Effect(Op op, When when, LockKind kind, LockExpr expr) {
    this.op = op;
    this.when = when;
    this.kind = kind;
    this.expr = expr;
  }

  public boolean isConditional() {
    return when != When.ALWAYS;
  }
}

package org.mmlock.checker.model;

import java.util.List;
import org.mmlock.qual.LockKind;

/**
 * One precondition of a method: a disjunction of alternatives, each a lock of some kind on an
 * expression, or the VMA-stable condition on an expression. Reported with {@link #rule} when no
 * alternative holds.
 */
public final class Requirement {
  /** One alternative. {@code kind == null} means "the VMA is stable". */
  public static final class Alt {
    public final LockKind kind;
    public final LockExpr expr;

    public Alt(LockKind kind, LockExpr expr) {
      this.kind = kind;
      this.expr = expr;
    }

    public boolean isStable() {
      return kind == null;
    }
  }

  public final List<Alt> alts;
  /** The rule key reported when unmet. */
  public final String rule;
  /** The annotation it came from, for messages. */
  public final String source;

  public Requirement(List<Alt> alts, String rule, String source) {
    this.alts = List.copyOf(alts);
    this.rule = rule;
    this.source = source;
  }

  /** The rule key of a requirement of this kind (rules.md, "Contracts on user code"). */
  public static String keyOf(LockKind kind) {
    if (kind == null) {
      return "vma.unstable";
    }
    switch (kind) {
      case MMAP_READ:
        return "mmap.required";
      case MMAP_WRITE:
        return "mmap.write.required";
      case VMA_READ:
      case VMA_WRITE:
        return "vma.lock.required";
      case I_MMAP_READ:
      case I_MMAP_WRITE:
      case ANON_VMA_READ:
      case ANON_VMA_WRITE:
        return "rmap.lock.required";
      case HUGETLB_VMA_READ:
      case HUGETLB_VMA_WRITE:
        return "hugetlb.vma.lock.required";
      case RCU:
        return "rcu.required";
      case HUGETLB_WALKER:
        return "walker.required";
      default:
        return "pte.lock.required";
    }
  }
}

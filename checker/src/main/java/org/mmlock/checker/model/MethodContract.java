package org.mmlock.checker.model;

import java.util.List;

/**
 * Everything mmlock's annotations say about one method: preconditions, effects, sleeping,
 * the PTE model, aliases, parameter qualifiers and escape hatches. Built once per method by
 * {@link ContractModel} and cached.
 */
public final class MethodContract {
  /** A lock assumed held on entry by {@code @AssumeHeld}. */
  public static final class Assumption {
    public final org.mmlock.qual.LockKind kind;
    public final LockExpr expr;

    Assumption(org.mmlock.qual.LockKind kind, LockExpr expr) {
      this.kind = kind;
      this.expr = expr;
    }
  }

  /**
   * {@code @Aliases(path, to)}, an equality: when one side is rooted at what the call makes (its
   * result, a constructor's {@code this}) it is {@code path}, whichever way it was written.
   */
  public static final class Alias {
    public final LockExpr path;
    public final LockExpr to;

    Alias(LockExpr path, LockExpr to) {
      this.path = path;
      this.to = to;
    }
  }

  /** A contract problem found while reading the annotations of the method itself. */
  public static final class Problem {
    public final String key;
    public final String annotation;
    public final String text;
    public final String why;
    /** Whether {@code text} is a {@code rule} attribute's value rather than a lock expression. */
    public final boolean ruleKey;

    Problem(String key, String annotation, String text, String why) {
      this(key, annotation, text, why, false);
    }

    Problem(String key, String annotation, String text, String why, boolean ruleKey) {
      this.key = key;
      this.annotation = annotation;
      this.text = text;
      this.why = why;
      this.ruleKey = ruleKey;
    }
  }

  public static final MethodContract EMPTY = new MethodContract(List.of(), List.of(), false, false,
      false, null, null, List.of(), List.of(), List.of(), false, List.of());

  public final List<Requirement> requirements;
  public final List<Effect> effects;
  public final boolean mightSleep;
  public final boolean atomicContext;
  public final boolean mayReturnNull;
  public final PteModel pte;
  /** Hugetlb and page-walk model, or null. */
  public final WalkModel walk;
  public final List<Alias> aliases;
  public final List<Assumption> assumptions;
  /** Per parameter, in order; empty when no parameter has a qualifier. */
  public final List<ParamFacts> params;
  public final boolean notChecked;
  public final List<Problem> problems;

  MethodContract(List<Requirement> requirements, List<Effect> effects, boolean mightSleep,
      boolean atomicContext, boolean mayReturnNull, PteModel pte, WalkModel walk, List<Alias> aliases,
      List<Assumption> assumptions, List<ParamFacts> params, boolean notChecked,
      List<Problem> problems) {
    this.requirements = requirements;
    this.effects = effects;
    this.mightSleep = mightSleep;
    this.atomicContext = atomicContext;
    this.mayReturnNull = mayReturnNull;
    this.pte = pte;
    this.walk = walk;
    this.aliases = aliases;
    this.assumptions = assumptions;
    this.params = params;
    this.notChecked = notChecked;
    this.problems = problems;
  }

  /** Facts of parameter {@code i}. */
  public ParamFacts param(int i) {
    return i < params.size() ? params.get(i) : ParamFacts.NONE;
  }

  /**
   * The contract a callback body runs under: its own, plus the atomic context, parameter
   * qualifiers and preconditions of the interface method it implements (what the walker
   * guarantees, e.g. {@code PteEntry.pte_entry}).
   */
  public MethodContract inheriting(MethodContract base) {
    boolean atomic = atomicContext || base.atomicContext;
    List<ParamFacts> ps = params.isEmpty() ? base.params : params;
    if (atomic == atomicContext && ps == params && base.requirements.isEmpty()) {
      return this;
    }
    List<Requirement> reqs = new java.util.ArrayList<>(requirements);
    reqs.addAll(base.requirements);
    return new MethodContract(List.copyOf(reqs), effects, mightSleep, atomic, mayReturnNull, pte,
        walk, aliases, assumptions, ps, notChecked, problems);
  }

  /** Whether the contract says nothing at all. */
  public boolean isEmpty() {
    return this == EMPTY;
  }
}

package org.mmlock.checker.flow;

import java.util.Objects;

/** Provenance of a page-table pointer ({@code Pgd}…{@code Pmd}): the mm it was walked from. */
public final class TableFact {
  /** Path of the mm, or null when only its kind is known (an annotated parameter). */
  public final String mm;
  /** Kernel or user, or null when unknown. */
  public final MmKind kind;
  /**
   * The step that returned this table walked tables that were not stable (a {@code vma.unstable}
   * report, at the walk's first such step, covers it): the walk's later steps from this table are
   * not reported again.
   */
  public final boolean unstable;

  public TableFact(String mm, MmKind kind) {
    this(mm, kind, false);
  }

  public TableFact(String mm, MmKind kind, boolean unstable) {
    this.mm = mm;
    this.kind = kind;
    this.unstable = unstable;
  }

  TableFact rename(java.util.function.UnaryOperator<String> f) {
    return new TableFact(f.apply(mm), kind, unstable);
  }

  /** The same mm and kind, whatever the walk's stability. */
  boolean sameOrigin(TableFact o) {
    return Objects.equals(mm, o.mm) && kind == o.kind;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TableFact && sameOrigin((TableFact) o) && unstable == ((TableFact) o).unstable;
  }

  @Override
  public int hashCode() {
    return Objects.hash(mm, kind, unstable);
  }
}

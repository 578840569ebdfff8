package org.mmlock.checker.flow;

import java.util.Objects;

/** Provenance of a page-table pointer ({@code Pgd}…{@code Pmd}): the mm it was walked from. */
public final class TableFact {
  /** Path of the mm, or null when only its kind is known (an annotated parameter). */
  public final String mm;
  /** Kernel or user, or null when unknown. */
  public final MmKind kind;

  public TableFact(String mm, MmKind kind) {
    this.mm = mm;
    this.kind = kind;
  }

  TableFact rename(java.util.function.UnaryOperator<String> f) {
    return new TableFact(f.apply(mm), kind);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TableFact && Objects.equals(mm, ((TableFact) o).mm)
        && kind == ((TableFact) o).kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(mm, kind);
  }
}

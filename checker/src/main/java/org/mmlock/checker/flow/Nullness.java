package org.mmlock.checker.flow;

/** Nullness of a tracked API result. Untracked paths are absent from the store. */
public enum Nullness {
  NULL,
  NONNULL,
  MAYBE_NULL
}

package org.mmlock.checker.flow;

/** What is known of an mm: the kernel's own ({@code init_mm}) or a user mm. Unknown is absent. */
public enum MmKind {
  KERNEL,
  USER
}

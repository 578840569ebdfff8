package org.mmlock.checker.flow;

/** How a lock is held. A downgraded mmap lock is held for read and was taken for write. */
public enum Mode {
  READ,
  WRITE,
  DOWNGRADED;

  /** Whether holding in this mode meets a requirement of mode {@code need}. */
  public boolean satisfies(Mode need) {
    return need == READ || this == WRITE;
  }

  /** The weaker of two modes a lock is held in on two paths. */
  public Mode join(Mode o) {
    if (this == o) {
      return this;
    }
    return this == READ || o == READ ? READ : DOWNGRADED;
  }
}

package org.mmlock.checker.flow;

import java.util.Objects;
import org.mmlock.qual.PteMapKind;

/**
 * What is known of one PTE pointer: how it was mapped, whether it is still mapped, the path of
 * its lock, the PMD and PMD value it was mapped from (for revalidation), its provenance mm, and
 * whether it was revalidated under its lock. Immutable.
 */
public final class PteState {
  /** Whether the mapping is still in place. */
  public enum Status {
    MAPPED,
    UNMAPPED,
    MAYBE_MAPPED
  }

  public final PteMapKind kind;
  public final Status status;
  /** False for a PTE the caller mapped ({@code @PteLocked}/{@code @PteMapped} parameters). */
  public final boolean owned;
  public final String lockPath;
  public final String pmdPath;
  public final String pmdvalPath;
  public final String mmPath;
  public final MmKind mmKind;
  public final boolean validated;
  public final int line;
  /**
   * For a huge PTE: the lock its walk was protected by ({@code "HVMA vma"}, {@code "I_MMAP m"},
   * {@code "MMAP mm"}, {@code "WALKER"}, {@code "RCU"}), or null.
   */
  public final String guard;
  /** For a huge PTE: the mapping is shared or possibly shared. */
  public final boolean shared;

  public PteState(PteMapKind kind, Status status, boolean owned, String lockPath, String pmdPath,
      String pmdvalPath, String mmPath, MmKind mmKind, boolean validated, int line) {
    this(kind, status, owned, lockPath, pmdPath, pmdvalPath, mmPath, mmKind, validated, line, null, false);
  }

  public PteState(PteMapKind kind, Status status, boolean owned, String lockPath, String pmdPath,
      String pmdvalPath, String mmPath, MmKind mmKind, boolean validated, int line, String guard,
      boolean shared) {
    this.kind = kind;
    this.status = status;
    this.owned = owned;
    this.lockPath = lockPath;
    this.pmdPath = pmdPath;
    this.pmdvalPath = pmdvalPath;
    this.mmPath = mmPath;
    this.mmKind = mmKind;
    this.validated = validated;
    this.line = line;
    this.guard = guard;
    this.shared = shared;
  }

  /** Whether this kind of PTE holds a mapping (and so RCU) while mapped. */
  public boolean isMapping() {
    return kind != PteMapKind.KERNEL && kind != PteMapKind.HUGE;
  }

  /** Whether this PTE's own page-table lock is held on every path. */
  public boolean lockHeld(LockStore s) {
    Held h = lockPath == null ? null : s.lock(LockClass.SPIN, lockPath);
    return h != null && h.definite();
  }

  /** Mapped on some path: atomic context, and a leak if still so at exit. */
  public boolean mayBeMapped() {
    return isMapping() && status != Status.UNMAPPED;
  }

  public PteState withStatus(Status s) {
    return new PteState(kind, s, owned, lockPath, pmdPath, pmdvalPath, mmPath, mmKind,
        s == Status.MAPPED && validated, line, guard, shared);
  }

  public PteState withValidated(boolean v) {
    return new PteState(kind, status, owned, lockPath, pmdPath, pmdvalPath, mmPath, mmKind, v, line,
        guard, shared);
  }

  public PteState withGuard(String g) {
    return new PteState(kind, status, owned, lockPath, pmdPath, pmdvalPath, mmPath, mmKind, validated,
        line, g, shared);
  }

  public PteState withLockPath(String l) {
    return new PteState(kind, status, owned, l, pmdPath, pmdvalPath, mmPath, mmKind, validated, line,
        guard, shared);
  }

  PteState rename(java.util.function.UnaryOperator<String> f) {
    return new PteState(kind, status, owned, f.apply(lockPath), f.apply(pmdPath),
        f.apply(pmdvalPath), f.apply(mmPath), mmKind, validated, line, renameGuard(f), shared);
  }

  /** Whether this state names a path under {@code root} (what {@link #rename} would change). */
  boolean mentions(String root) {
    int sp = guard == null ? -1 : guard.lastIndexOf(' ');
    return LockStore.under(lockPath, root) || LockStore.under(pmdPath, root)
        || LockStore.under(pmdvalPath, root) || LockStore.under(mmPath, root)
        || (sp >= 0 && LockStore.under(guard.substring(sp + 1), root));
  }

  private String renameGuard(java.util.function.UnaryOperator<String> f) {
    int sp = guard == null ? -1 : guard.lastIndexOf(' ');
    return sp < 0 ? guard : guard.substring(0, sp + 1) + f.apply(guard.substring(sp + 1));
  }

  /** Join with the state on another path; {@code o == null} means "not mapped there". */
  PteState join(PteState o) {
    if (o == null) {
      return status == Status.UNMAPPED ? this : withStatus(Status.MAYBE_MAPPED);
    }
    Status s = status == o.status ? status : Status.MAYBE_MAPPED;
    return new PteState(kind == o.kind ? kind : o.kind, s, owned && o.owned,
        eq(lockPath, o.lockPath), eq(pmdPath, o.pmdPath), eq(pmdvalPath, o.pmdvalPath),
        eq(mmPath, o.mmPath), mmKind == o.mmKind ? mmKind : null, validated && o.validated,
        Math.min(line, o.line), eq(guard, o.guard), shared || o.shared);
  }

  private static String eq(String a, String b) {
    return Objects.equals(a, b) ? a : null;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PteState)) {
      return false;
    }
    PteState p = (PteState) o;
    return kind == p.kind && status == p.status && owned == p.owned
        && Objects.equals(lockPath, p.lockPath) && Objects.equals(pmdPath, p.pmdPath)
        && Objects.equals(pmdvalPath, p.pmdvalPath) && Objects.equals(mmPath, p.mmPath)
        && mmKind == p.mmKind && validated == p.validated && line == p.line
        && Objects.equals(guard, p.guard) && shared == p.shared;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, status, lockPath, validated, line);
  }
}

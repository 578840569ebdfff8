package org.mmlock.checker.model;

import org.mmlock.qual.WalkKind;

/**
 * The walker model of one API method: a hugetlb walk ({@code @HugetlbWalk}), taking a huge PTE's
 * lock ({@code @HugePteLock}), or a page-walk API call ({@code @PageWalk}).
 */
public final class WalkModel {
  /** {@code @HugetlbWalk}: the VMA or mm walked (one may be null), and whether it is the raw walk. */
  public final boolean hugetlbWalk;
  public final LockExpr hugeVma;
  public final LockExpr hugeMm;
  public final boolean raw;
  /** {@code @HugePteLock}: the huge PTE whose lock is taken, or null. */
  public final LockExpr hugePteLock;
  /** {@code @PageWalk}: the walker kind, or null, and its mm, VMA and ops arguments. */
  public final WalkKind pageWalk;
  public final LockExpr walkMm;
  public final LockExpr walkVma;
  public final LockExpr walkOps;

  WalkModel(boolean hugetlbWalk, LockExpr hugeVma, LockExpr hugeMm, boolean raw,
      LockExpr hugePteLock, WalkKind pageWalk, LockExpr walkMm, LockExpr walkVma,
      LockExpr walkOps) {
    this.hugetlbWalk = hugetlbWalk;
    this.hugeVma = hugeVma;
    this.hugeMm = hugeMm;
    this.raw = raw;
    this.hugePteLock = hugePteLock;
    this.pageWalk = pageWalk;
    this.walkMm = walkMm;
    this.walkVma = walkVma;
    this.walkOps = walkOps;
  }

  boolean isEmpty() {
    return !hugetlbWalk && hugePteLock == null && pageWalk == null;
  }
}

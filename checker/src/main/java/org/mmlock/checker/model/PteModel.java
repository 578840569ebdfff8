package org.mmlock.checker.model;

import org.mmlock.qual.PteMapKind;

/** The PTE-level model of one API method, read from the model annotations. */
public final class PteModel {
  /** {@code @MapsPte}: the mapping made, or null. */
  public final PteMapKind maps;
  public final LockExpr mapMm;
  public final LockExpr mapPmd;
  public final LockExpr mapPtl;
  public final LockExpr mapPmdval;
  /** {@code @UnmapsPte}, or null. */
  public final LockExpr unmaps;
  /** {@code @AccessesPte}, or null. */
  public final LockExpr accesses;
  public final boolean write;
  public final LockExpr writeMm;
  /** {@code @PageTableStep(from)}, or null. */
  public final LockExpr stepFrom;
  /** {@code @KernelTablesOnly}, or null. */
  public final LockExpr kernelOnly;
  /** {@code @ReadsPmd} / {@code @ReadsPte}, or null. */
  public final LockExpr readsPmd;
  public final LockExpr readsPte;
  /** {@code @Revalidates}. */
  public final boolean revalidates;

  PteModel(PteMapKind maps, LockExpr mapMm, LockExpr mapPmd, LockExpr mapPtl, LockExpr mapPmdval,
      LockExpr unmaps, LockExpr accesses, boolean write, LockExpr writeMm, LockExpr stepFrom,
      LockExpr kernelOnly, LockExpr readsPmd, LockExpr readsPte, boolean revalidates) {
    this.maps = maps;
    this.mapMm = mapMm;
    this.mapPmd = mapPmd;
    this.mapPtl = mapPtl;
    this.mapPmdval = mapPmdval;
    this.unmaps = unmaps;
    this.accesses = accesses;
    this.write = write;
    this.writeMm = writeMm;
    this.stepFrom = stepFrom;
    this.kernelOnly = kernelOnly;
    this.readsPmd = readsPmd;
    this.readsPte = readsPte;
    this.revalidates = revalidates;
  }

  public boolean isEmpty() {
    return maps == null && unmaps == null && accesses == null && stepFrom == null
        && kernelOnly == null && readsPmd == null && readsPte == null && !revalidates;
  }
}

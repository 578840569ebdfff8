package org.mmlock.checker.model;

/** What a parameter's qualifiers say about it. */
public final class ParamFacts {
  /** {@code @PteLocked}, {@code @PteMapped}. */
  public final boolean pteLocked;
  public final boolean pteMapped;
  /** {@code @KernelMm}, {@code @UserMm}. */
  public final boolean kernelMm;
  public final boolean userMm;
  /** {@code @SharedMapping}, {@code @PrivateMapping}. */
  public final boolean shared;
  public final boolean priv;

  static final ParamFacts NONE = new ParamFacts(false, false, false, false, false, false);

  ParamFacts(boolean pteLocked, boolean pteMapped, boolean kernelMm, boolean userMm, boolean shared,
      boolean priv) {
    this.pteLocked = pteLocked;
    this.pteMapped = pteMapped;
    this.kernelMm = kernelMm;
    this.userMm = userMm;
    this.shared = shared;
    this.priv = priv;
  }

  public boolean isEmpty() {
    return !(pteLocked || pteMapped || kernelMm || userMm || shared || priv);
  }
}

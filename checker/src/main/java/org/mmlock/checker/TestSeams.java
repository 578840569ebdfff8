package org.mmlock.checker;

/**
 * The options that exist for tests, to prove that the checker's own failures are reported on the
 * method they happen in and the rest is still checked. Each is a javac {@code -A} option or a
 * plugin argument.
 */
final class TestSeams {
  /**
   * {@code mmlock.injectFailure=NAME}: the analysis of every method or lambda enclosed in a method
   * called NAME fails.
   */
  static final String INJECT_FAILURE = "mmlock.injectFailure";
  /**
   * {@code mmlock.stepLimit=N}: a body whose fixpoint takes more than N block analyses is given up
   * ({@link LockAnalysis#STEP_LIMIT} when absent or not a positive number).
   */
  static final String STEP_LIMIT = "mmlock.stepLimit";

  /** The method name whose bodies fail; null for none. */
  final String injectFailure;
  /** Block analyses allowed per body. */
  final int stepLimit;

  TestSeams(String injectFailure, String stepLimit) {
    this.injectFailure = injectFailure;
    this.stepLimit = parse(stepLimit);
  }

  private static int parse(String n) {
    try {
      int v = n == null ? 0 : Integer.parseInt(n.trim());
      return v > 0 ? v : LockAnalysis.STEP_LIMIT;
    } catch (NumberFormatException e) {
      return LockAnalysis.STEP_LIMIT;
    }
  }
}

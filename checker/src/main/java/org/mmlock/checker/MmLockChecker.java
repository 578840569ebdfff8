package org.mmlock.checker;

import javax.annotation.processing.SupportedOptions;
import org.checkerframework.framework.source.SourceChecker;
import org.checkerframework.framework.source.SourceVisitor;

/**
 * mmlock: proves that walker code obeys the kernel's documented mm locking rules, or reports
 * where it does not, keyed by rule ({@code docs/rules/KEY.md}).
 *
 * <p>Use it as an annotation processor: {@code javac -processor org.mmlock.checker.MmLockChecker}.
 * Suppress a key with {@code @SuppressWarnings("mmlock:KEY")}.
 */
@SupportedOptions({MmLockChecker.INJECT_FAILURE})
public final class MmLockChecker extends SourceChecker {
  /**
   * Test seam: {@code -Ammlock.injectFailure=NAME} makes the analysis of every method or lambda
   * enclosed in a method called NAME fail, to prove that an internal failure is reported on that
   * method and the rest is still checked.
   */
  public static final String INJECT_FAILURE = "mmlock.injectFailure";

  @Override
  protected SourceVisitor<?, ?> createSourceVisitor() {
    return new MmLockVisitor(this);
  }

  @Override
  public void typeProcessingStart() {
    // A bare SourceChecker has no TreePathCacher until asked for one; setRoot needs it.
    getTreePathCacher();
    super.typeProcessingStart();
  }
}

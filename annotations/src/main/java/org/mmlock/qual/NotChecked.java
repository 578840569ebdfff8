package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Escape hatch: the body of the method is not analysed; its declared contract still binds its
 * callers. {@code why} must be a non-empty reason ({@code contract.unjustified} otherwise).
 *
 * <pre>{@code
 * @NotChecked(why = "models hardware; no kernel locks")
 * static void tlb_flush(MmStruct mm) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface NotChecked {
  /** Why the body need not be checked: required, non-empty. */
  String why();
}

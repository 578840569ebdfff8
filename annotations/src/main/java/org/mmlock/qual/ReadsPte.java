package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: the method returns a fresh read of the given PTE entry ({@code ptep_get}); compared
 * with an earlier value by a {@link Revalidates} method under the PTE lock, it revalidates the
 * PTE's mapping.
 *
 * <pre>{@code
 * if (!pte_same(orig, ptep_get(pte))) { ... back out ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface ReadsPte {
  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String value();
}

package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: the method returns a fresh read of the given PMD entry ({@code pmdp_get},
 * {@code pmdp_get_lockless}); compared with the value a {@code RW_NOLOCK} mapping recorded, it
 * revalidates that mapping.
 *
 * <pre>{@code
 * if (!pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd))) { ... retry ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface ReadsPmd {
  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String value();
}

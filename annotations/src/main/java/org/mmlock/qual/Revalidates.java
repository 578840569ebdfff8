package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: a boolean comparison ({@code pmd_same}, {@code pte_same}) that, when true and taken
 * under the PTE lock, proves a {@code RW_NOLOCK} mapping still refers to the live table. One of
 * its arguments must be a {@link ReadsPmd}/{@link ReadsPte} read of that mapping's PMD or PTE.
 *
 * <pre>{@code
 * spin_lock(ptl);
 * if (pmd_same(pmdval, pmdp_get_lockless(pmd))) set_pte_at(mm, addr, pte, val);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Revalidates {
}

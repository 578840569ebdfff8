package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code Pte} parameter: the PTE is mapped (RCU held), its lock is not. Assumed on
 * entry; passing an unmapped PTE is {@code pte.use.after.unmap}.
 *
 * <pre>{@code
 * static boolean present(@PteMapped Pte pte) { return pte_present(ptep_get(pte)); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface PteMapped {
}

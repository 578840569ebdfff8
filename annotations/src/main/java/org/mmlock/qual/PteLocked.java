package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code Pte} parameter: the PTE is mapped and its page-table lock is held. Assumed on
 * entry; a caller passing a PTE whose lock it does not hold gets {@code pte.lock.required}.
 *
 * <pre>{@code
 * static void clear_one(MmStruct mm, long addr, @PteLocked Pte pte) { pte_clear(mm, addr, pte); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface PteLocked {
}

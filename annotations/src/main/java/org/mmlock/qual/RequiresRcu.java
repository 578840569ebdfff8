package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precondition: the caller is inside an RCU read-side critical section (a mapped PTE counts).
 * Key {@code rcu.required}.
 *
 * <pre>{@code
 * @RequiresRcu
 * static boolean peek(Pte pte) { return pte_present(ptep_get_lockless(pte)); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface RequiresRcu {
}

package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The body runs in atomic context (for example a walk's {@code pte_entry} callback): nothing
 * in it may sleep. Put it on a method, or on a functional-interface method so that every
 * implementation is checked; on a type, it applies to each method the type declares (a
 * functional interface's method, and so every lambda implementing it).
 *
 * <pre>{@code
 * @AtomicContext
 * static int count_present(Pte pte, long addr, long next, MmWalk walk) {
 *   return pte_present(ptep_get(pte)) ? 1 : 0;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface AtomicContext {
}

package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precondition: the caller holds the hugetlb walker lock ({@code hugetlb_walker_lock()}).
 * Key {@code walker.required}.
 *
 * <pre>{@code
 * @RequiresWalkerLock
 * static Pte peek(VmAreaStruct vma, long addr, long sz) { return hugetlb_walk(vma, addr, sz); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface RequiresWalkerLock {
}

package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code VmAreaStruct}: the mapping is known not to be shared ({@code VM_MAYSHARE} clear).
 *
 * <pre>{@code
 * static Pte walk(@PrivateMapping VmAreaStruct vma, long addr, long sz) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface PrivateMapping {
}

package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: the method may return null; its result must be null-checked before use
 * ({@code null.unchecked}). On the API: {@code pte_offset_map*}, {@code hugetlb_walk},
 * {@code lock_vma_under_rcu}, {@code find_vma}, {@code vma_lookup}.
 *
 * <pre>{@code
 * @MayReturnNull
 * static VmAreaStruct my_lookup(MmStruct mm, long addr) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface MayReturnNull {
}

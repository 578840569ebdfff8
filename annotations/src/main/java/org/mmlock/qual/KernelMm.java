package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@code MmStruct} (or a page-table pointer {@code Pgd}…{@code Pmd}): known to be
 * {@code init_mm}, the kernel's page tables. Flow refines it too: after {@code if (mm == init_mm)}.
 *
 * <pre>{@code
 * static Pte kpte(@KernelMm Pmd pmd, long addr) { return pte_offset_kernel(pmd, addr); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface KernelMm {
}

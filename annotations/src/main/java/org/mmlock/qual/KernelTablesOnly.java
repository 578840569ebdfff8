package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: the given table pointer must have been reached from {@code init_mm}
 * ({@code pte.kernel.accessor.user} otherwise). On {@code pte_offset_kernel}.
 *
 * <pre>{@code
 * @KernelTablesOnly("pmd")
 * static Pte kernel_pte(Pmd pmd, long addr) { return pte_offset_kernel(pmd, addr); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface KernelTablesOnly {
  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String value();
}

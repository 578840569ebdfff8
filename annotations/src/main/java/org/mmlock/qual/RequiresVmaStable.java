package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precondition: the VMA is stable: the mmap lock of {@code vma.vm_mm}, a VMA lock of {@code vma},
 * or an rmap lock of {@code vma} ({@code i_mmap_rwsem} of {@code vma.vm_file.f_mapping} or the
 * {@code anon_vma} lock of {@code vma.anon_vma}) is held.
 *
 * <p>On an {@code MmStruct} expression written {@code vma.vm_mm} (or an alias of it) the same locks of
 * that {@code vma} count; on any other mm, its mmap lock. A known kernel mm ({@code init_mm}) needs
 * nothing: kernel page tables have no VMAs. Key {@code vma.unstable}.
 *
 * <pre>{@code
 * @RequiresVmaStable("vma")
 * static void zap_one(VmAreaStruct vma, long addr) { zap_page_range_single(vma, addr, PAGE_SIZE); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface RequiresVmaStable {
  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String value();
}

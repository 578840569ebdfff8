package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precondition: the mmap lock of the given mm is held, read or write (or downgraded).
 *
 * <p>Assumed on entry to the annotated method, checked at every call (key {@code mmap.required}).
 *
 * <pre>{@code
 * @RequiresMmapRead("mm")
 * static VmAreaStruct first_vma(MmStruct mm) { return find_vma(mm, 0); }
 * }</pre>
 *
 * <p>See {@code docs/rules/mmap.required.md}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface RequiresMmapRead {
  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String value();
}

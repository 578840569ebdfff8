package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precondition: the mmap lock of the given mm is held for write (not downgraded).
 *
 * <p>Key {@code mmap.write.required}.
 *
 * <pre>{@code
 * @RequiresMmapWrite("vma.vm_mm")
 * static void lock_for_update(VmAreaStruct vma) { vma_start_write(vma); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface RequiresMmapWrite {
  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String value();
}

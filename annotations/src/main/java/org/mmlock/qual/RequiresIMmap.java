package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precondition: {@code i_mmap_rwsem} of the given address space is held (for write when
 * {@code write = true}). Key {@code rmap.lock.required}.
 *
 * <pre>{@code
 * @RequiresIMmap(value = "mapping", write = true)
 * static void unlink_file_vma(AddressSpace mapping, VmAreaStruct vma) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface RequiresIMmap {
  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String value();

  /** Whether the write lock is needed. */
  boolean write() default false;
}

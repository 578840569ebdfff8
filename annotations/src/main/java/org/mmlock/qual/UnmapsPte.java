package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: the method unmaps the given PTE (and leaves RCU). Unmapping a PTE that is not mapped,
 * or twice, is {@code lock.release.not.held}; using it afterwards is {@code pte.use.after.unmap}.
 *
 * <pre>{@code
 * @UnmapsPte("pte")
 * static void my_unmap(Pte pte) { pte_unmap(pte); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface UnmapsPte {
  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String value();
}

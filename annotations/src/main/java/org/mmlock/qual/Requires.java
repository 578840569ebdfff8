package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Precondition, generic form: the lock of the given kind is held on the given expression.
 * A {@code *_READ} requirement is met by the matching {@code *_WRITE}. The {@code Requires*}
 * annotations abbreviate it.
 *
 * <p>A {@code VMA_*} kind on an {@code MmStruct} expression means a VMA lock of some VMA of that mm.
 *
 * <pre>{@code
 * @Requires(kind = LockKind.I_MMAP_WRITE, on = "vma.vm_file.f_mapping")
 * static void adjust(VmAreaStruct vma) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
@java.lang.annotation.Repeatable(Requires.List.class)
public @interface Requires {
  /** The kind of lock. */
  LockKind kind();

  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String on();

  /** The rule key reported when unmet; empty means the key of the kind (see rules.md). */
  String rule() default "";

  /** Container for repeated {@code @Requires}. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
  @interface List {
    /** The repeated annotations. */
    Requires[] value();
  }
}

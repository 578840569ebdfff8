package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Effect: the method holds the lock exactly when it returns {@code result} (a trylock). A
 * conditional acquisition never blocks, so it is exempt from {@code lock.order} and
 * {@code sleep.in.atomic}.
 *
 * <pre>{@code
 * if (!mmap_read_trylock(mm)) return -EAGAIN;   // held from here on
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface AcquiresIf {
  /** The boolean result that means "acquired". */
  boolean result() default true;

  /** The kind of lock. */
  LockKind kind();

  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String on();
}

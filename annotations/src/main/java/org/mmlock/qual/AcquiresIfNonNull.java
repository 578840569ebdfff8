package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Effect: the method holds the lock exactly when it returns non-null, as
 * {@code lock_vma_under_rcu} does. On null nothing is held.
 *
 * <pre>{@code
 * VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
 * if (vma == null) { ... fall back to mmap_read_lock ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface AcquiresIfNonNull {
  /** The kind of lock. */
  LockKind kind();

  /** Lock expression; usually {@code "result"}. */
  String on() default "result";
}

package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Effect: the lock must be held on entry, and is released by the method.
 *
 * <pre>{@code
 * @Releases(kind = LockKind.MMAP_READ, on = "mm")
 * static void done(MmStruct mm) { mmap_read_unlock(mm); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
@java.lang.annotation.Repeatable(Releases.List.class)
public @interface Releases {
  /** The kind of lock. */
  LockKind kind();

  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String on();

  /** Container for repeated {@code @Releases}. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
  @interface List {
    /** The repeated annotations. */
    Releases[] value();
  }
}

package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: the method reads (or, with {@code write = true}, stores through) the given PTE.
 * A read needs the PTE mapped and null-checked; a write also needs its page-table lock
 * ({@code pte.write.unlocked}), a writable mapping ({@code pte.write.readonly}) and, for a
 * {@code RW_NOLOCK} mapping, revalidation ({@code pte.write.unvalidated}) unless the mmap write
 * lock of {@code mm} is held.
 *
 * <pre>{@code
 * @AccessesPte(value = "pte", write = true, mm = "mm")
 * static void my_set(MmStruct mm, long addr, Pte pte, long val) { set_pte_at(mm, addr, pte, val); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface AccessesPte {
  /** Lock expression: a parameter name ({@code "mm"}) or position ({@code "#1"}), a field path ({@code "vma.vm_mm"}), {@code "this"}, a static field ({@code "init_mm"}). */
  String value();

  /** Whether the access stores an entry. */
  boolean write() default false;

  /** The mm whose mmap write lock makes revalidation unnecessary, or empty. */
  String mm() default "";
}

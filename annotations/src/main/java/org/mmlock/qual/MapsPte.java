package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: the method maps a PTE table and returns a pointer to one entry, or null when there
 * is no table (nothing held then). What the result may be used for follows from {@link #kind()}:
 * see {@link PteMapKind}. The named parameters let the checker follow the PTE's lock
 * ({@code ptl}), the PMD it was read from ({@code pmd}, {@code pmdval}) and its mm.
 *
 * <pre>{@code
 * @MapsPte(kind = PteMapKind.LOCKED, mm = "mm", pmd = "pmd", ptl = "ptlp")
 * static Pte map_locked(MmStruct mm, Pmd pmd, long addr, Ref<Spinlock> ptlp) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface MapsPte {
  /** How the entry is mapped. */
  PteMapKind kind();

  /** The mm whose tables are walked, or empty. */
  String mm() default "";

  /** The PMD the table hangs from, or empty. */
  String pmd() default "";

  /** The {@code Ref<Spinlock>} out-parameter receiving the PTE lock, or empty. */
  String ptl() default "";

  /** The {@code Ref<Long>} out-parameter receiving the PMD value read, or empty. */
  String pmdval() default "";
}

package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: the method takes the page-table lock of the given huge PTE and returns it
 * ({@code huge_pte_lock}); with {@code @Acquires(kind = PTE_LOCK, on = "result")}. On a shared or
 * possibly shared mapping the PTE must come from a walk under the hugetlb VMA lock or
 * {@code i_mmap_rwsem}: the walker lock alone keeps the table's page alive, not its lock
 * ({@code hugetlb.ptl.under.walker}, seed 001).
 *
 * <pre>{@code
 * @HugePteLock("pte")
 * @Acquires(kind = LockKind.PTE_LOCK, on = "result")
 * static Spinlock my_lock(HState h, MmStruct mm, Pte pte) { return huge_pte_lock(h, mm, pte); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface HugePteLock {
  /** The huge PTE whose lock is taken. */
  String value();
}

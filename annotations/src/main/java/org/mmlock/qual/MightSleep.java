package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method may sleep: calling it in atomic context (a spinlock, RCU, the walker lock, a
 * mapped PTE, a walk callback) is {@code sleep.in.atomic}.
 *
 * <pre>{@code
 * @MightSleep
 * static void wait_for_readers() { synchronize_rcu(); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface MightSleep {
}

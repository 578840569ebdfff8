package org.mmlock.mm;

import org.mmlock.qual.Acquires;
import org.mmlock.qual.LockKind;
import org.mmlock.qual.MightSleep;
import org.mmlock.qual.Releases;

/**
 * RCU read-side critical sections and grace periods. A mapped PTE implies RCU.
 *
 * <p>Kernel: include/linux/rcupdate.h.
 *
 * <p>Rule keys: {@code rcu.required}, {@code sleep.in.atomic}, {@code lock.release.not.held},
 * {@code lock.leak}.
 */
public final class Rcu {
  /** Not instantiable: a holder of static functions. */
  private Rcu() {}

  /**
   * Enters an RCU read-side critical section.
   *
   * <p>Kernel: {@code rcu_read_lock()} in include/linux/rcupdate.h.
   *
   * <p>Locking: Global and reentrant; atomic context until the matching {@link #rcu_read_unlock}:
   * nothing that may sleep.
   *
   * <p>Rule keys: {@code rcu.required}, {@code sleep.in.atomic}, {@code lock.leak}.
   */
  @Acquires(kind = LockKind.RCU, on = "")
  public static void rcu_read_lock() {
    throw new UnsupportedOperationException(
        "rcu_read_lock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Leaves an RCU read-side critical section.
   *
   * <p>Kernel: {@code rcu_read_unlock()} in include/linux/rcupdate.h.
   *
   * <p>Locking: Must match an earlier {@link #rcu_read_lock}.
   *
   * <p>Rule keys: {@code lock.release.not.held}.
   */
  @Releases(kind = LockKind.RCU, on = "")
  public static void rcu_read_unlock() {
    throw new UnsupportedOperationException(
        "rcu_read_unlock: the simulated mm runtime is not implemented yet");
  }

  /**
   * Waits for all RCU readers that started before the call; may sleep.
   *
   * <p>Kernel: {@code synchronize_rcu()} in kernel/rcu/tree.c.
   *
   * <p>Locking: May sleep: never inside an RCU read-side section, a spinlock, the walker lock or
   * with a PTE mapped.
   *
   * <p>Rule keys: {@code sleep.in.atomic}.
   */
  @MightSleep
  public static void synchronize_rcu() {
    throw new UnsupportedOperationException(
        "synchronize_rcu: the simulated mm runtime is not implemented yet");
  }
}

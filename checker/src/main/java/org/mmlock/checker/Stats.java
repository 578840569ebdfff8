package org.mmlock.checker;

import java.util.Locale;

/**
 * Where the checker's time went in one compilation ({@code -Ammlock.stats}, or the plugin
 * argument {@code mmlock.stats}): bodies analysed, the CPU time of all the checker's work on
 * javac's thread (setup, the scan of every class, contracts, analysis), and of that the time spent
 * building CFGs, running the fixpoint and running the rules after it. Printed as a note at the
 * end.
 */
final class Stats {
  static final String OPTION = "mmlock.stats";

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  long bodies;
  long allNanos;
  long cfgNanos;
  long fixpointNanos;
  long rulesNanos;

  /** CPU time of this thread (wall time where the JVM cannot measure it): steadier than wall time. */
  static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "mmlock: %d bodies analysed; CPU: all %.3f s, of which CFG %.3f s, "
        + "fixpoint %.3f s, rules %.3f s", bodies, allNanos / 1e9, cfgNanos / 1e9, fixpointNanos / 1e9,
        rulesNanos / 1e9);
  }
}

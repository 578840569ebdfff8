package org.mmlock.checker;

import java.util.Locale;

/**
 * Where the checker's time went in one compilation ({@code -Ammlock.stats}, or the plugin
 * argument {@code mmlock.stats}): bodies analysed, the CPU time of all the checker's work on
 * javac's thread (setup, the scan of every class, contracts, analysis), and of that the time spent
 * building CFGs, running the fixpoint and running the rules after it; and the bytes that work
 * allocated (the collector's load), with the share of building CFGs and of the fixpoint. Printed as
 * a note at the end.
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
  long allBytes;
  long cfgBytes;
  long fixpointBytes;

  /** CPU time of this thread (wall time where the JVM cannot measure it): steadier than wall time. */
  static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** Bytes this thread has allocated so far (0 where the JVM cannot tell). */
  static long allocated() {
    return THREADS instanceof com.sun.management.ThreadMXBean
        ? ((com.sun.management.ThreadMXBean) THREADS).getCurrentThreadAllocatedBytes() : 0;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "mmlock: %d bodies analysed; CPU: all %.3f s, of which CFG %.3f s, "
        + "fixpoint %.3f s, rules %.3f s; allocated: all %d MB, of which CFG %d MB, fixpoint %d MB",
        bodies, allNanos / 1e9, cfgNanos / 1e9, fixpointNanos / 1e9, rulesNanos / 1e9, allBytes >> 20,
        cfgBytes >> 20, fixpointBytes >> 20);
  }
}

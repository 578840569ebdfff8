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

  /** The steps of one body's analysis, each marked when it ends ({@code START}: when it begins). */
  enum Step { START, CFG, FIXPOINT, RULES }

  private long bodies;
  long allNanos;
  private long allBytes;
  /** Per step: CPU time and bytes allocated, summed over the bodies. */
  private final long[] nanos = new long[Step.values().length];
  private final long[] bytes = new long[Step.values().length];
  /** When the last step of the current body ended. */
  private long lastNanos;
  private long lastBytes;
  /** When the check of the current class began. */
  private long classNanos;
  private long classBytes;

  /** CPU time of this thread (wall time where the JVM cannot measure it): steadier than wall time. */
  static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** Bytes this thread has allocated so far (0 where the JVM cannot tell). */
  static long allocated() {
    return THREADS instanceof com.sun.management.ThreadMXBean
        ? ((com.sun.management.ThreadMXBean) THREADS).getCurrentThreadAllocatedBytes() : 0;
  }

  /** Begins the check of a class (its scan, contracts and bodies). */
  void classStarted() {
    classNanos = now();
    classBytes = allocated();
  }

  /** Ends the check of the class begun last: its time and allocation count to "all". */
  void classDone() {
    allNanos += now() - classNanos;
    allBytes += allocated() - classBytes;
  }

  /** Ends {@code step} of the body being analysed (bodies are analysed one at a time). */
  void mark(Step step) {
    long t = now();
    long b = allocated();
    if (step != Step.START) {
      nanos[step.ordinal()] += t - lastNanos;
      bytes[step.ordinal()] += b - lastBytes;
    }
    if (step == Step.RULES) {
      bodies++;
    }
    lastNanos = t;
    lastBytes = b;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "mmlock: %d %s analysed; CPU: all %.3f s, of which CFG %.3f s, "
        + "fixpoint %.3f s, rules %.3f s; allocated: all %d MB, of which CFG %d MB, fixpoint %d MB",
        bodies, bodies == 1 ? "body" : "bodies", allNanos / 1e9, nanos[Step.CFG.ordinal()] / 1e9, nanos[Step.FIXPOINT.ordinal()] / 1e9,
        nanos[Step.RULES.ordinal()] / 1e9, allBytes >> 20, bytes[Step.CFG.ordinal()] >> 20,
        bytes[Step.FIXPOINT.ordinal()] >> 20);
  }
}

package org.mmlock.checker.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Whether {@code python3} runs here: the benchmark's tests need it, the build does not. */
final class Python {
  private Python() {}

  static boolean installed() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}

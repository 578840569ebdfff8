package org.mmlock.checker.bench;

import java.util.List;
import java.util.Random;

/** Small text helpers for the corpus generator: placeholder filling and random picks. */
final class Src {
  private Src() {}

  /** Replaces every {@code ${K}} in {@code tpl} by the value that follows K in {@code kv}. */
  static String fill(String tpl, Object... kv) {
    String s = tpl;
    for (int i = 0; i < kv.length; i += 2) {
      s = s.replace("${" + kv[i] + "}", String.valueOf(kv[i + 1]));
    }
    if (s.contains("${")) {
      throw new IllegalStateException("unfilled placeholder in: " + s);
    }
    return s;
  }

  static <T> T pick(Random r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  static String pick(Random r, String... xs) {
    return xs[r.nextInt(xs.length)];
  }

  /** An int in [lo, hi]. */
  static int between(Random r, int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  /** Indents every line of {@code body} by {@code n} spaces. */
  static String indent(String body, int n) {
    String pad = " ".repeat(n);
    StringBuilder sb = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      if (!line.isEmpty()) {
        sb.append(pad).append(line);
      }
      sb.append('\n');
    }
    sb.setLength(sb.length() - 1);
    return sb.toString();
  }
}

package org.mmlock.checker.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expected diagnostics written in a test input, Checker Framework style: a comment line
 * {@code // :: error: [key]} (or {@code warning}) expects that key on the next line that is
 * not such a comment. Several keys may share a comment: {@code // :: error: [a] [b]}.
 */
public final class Expectations {
  private static final Pattern LINE = Pattern.compile("^\\s*//\\s*::\\s*(error|warning):\\s*(.*)$");
  private static final Pattern KEY = Pattern.compile("\\[([a-z0-9_.]+)\\]");

  private Expectations() {}

  /** {@code "LINE: kind: [key]"} for every expectation in the file, in line order. */
  public static List<String> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<String> out = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = LINE.matcher(lines.get(i));
      if (m.matches()) {
        Matcher k = KEY.matcher(m.group(2));
        while (k.find()) {
          pending.add(m.group(1) + ": [" + k.group(1) + "]");
        }
        continue;
      }
      for (String p : pending) {
        out.add((i + 1) + ": " + p);
      }
      pending.clear();
    }
    out.sort(null);
    return out;
  }

  /** The same form for the mmlock diagnostics actually reported in {@code file}. */
  public static List<String> actual(List<CheckRun.Diag> diags, Path file) {
    List<String> out = new ArrayList<>();
    String f = file.toAbsolutePath().normalize().toString();
    for (CheckRun.Diag d : diags) {
      if (d.file.equals(f) && d.key() != null) {
        out.add(d.line + ": " + (d.isError() ? "error" : "warning") + ": [" + d.key() + "]");
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * What {@code a} has more of than {@code b}, counting repeats: an expectation written twice on
   * a line wants two reports there.
   */
  public static List<String> minus(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    for (String x : b) {
      out.remove(x);
    }
    return out;
  }

  /** javac's own errors (not mmlock's) in the diagnostics: the input does not compile. */
  public static List<String> compileErrors(List<CheckRun.Diag> diags) {
    List<String> out = new ArrayList<>();
    for (CheckRun.Diag d : diags) {
      if (d.isError() && d.key() == null) {
        out.add(d.file + ":" + d.line + ": " + d.message);
      }
    }
    return out;
  }
}

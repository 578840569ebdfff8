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
  /** Any comment line that means to be an expectation. */
  private static final Pattern MEANT = Pattern.compile("^\\s*//\\s*::.*$");
  private static final Pattern WELL_FORMED =
      Pattern.compile("^\\s*//\\s*::\\s*(error|warning):(\\s*\\[[a-z0-9_.]+\\])+\\s*$");

  private Expectations() {}

  /** {@code "LINE: kind: [key]"} for every expectation in the file, in line order. */
  public static List<String> read(Path file) throws IOException {
    return read(file, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** As {@link #read(Path)}, for a file in {@code cs}. */
  public static List<String> read(Path file, java.nio.charset.Charset cs) throws IOException {
    List<String> lines = lines(file, cs);
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
    out.sort(BY_LINE);
    return out;
  }

  /**
   * The expectation lines of {@code file} that {@link #read} cannot use, as {@code "LINE: why"}:
   * one that does not parse ({@code // :: error: mmap.required}, without brackets), and one with no
   * line after it to expect anything of. A verify that passed with them would pass vacuously.
   */
  public static List<String> unusable(Path file) throws IOException {
    return unusable(file, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** As {@link #unusable(Path)}, for a file in {@code cs}. */
  public static List<String> unusable(Path file, java.nio.charset.Charset cs) throws IOException {
    List<String> lines = lines(file, cs);
    List<String> out = new ArrayList<>();
    int pendingFrom = -1;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (MEANT.matcher(l).matches()) {
        if (!WELL_FORMED.matcher(l).matches()) {
          out.add((i + 1) + ": expectation does not parse (want // :: error: [key] or // :: warning: [key]): " + l.trim());
        } else if (pendingFrom < 0) {
          pendingFrom = i;
        }
        continue;
      }
      pendingFrom = -1;
    }
    if (pendingFrom >= 0) {
      out.add((pendingFrom + 1) + ": expectation at the end of the file, with no line after it");
    }
    return out;
  }

  /** Orders {@code "LINE: …"} strings by line number, then text. */
  private static final java.util.Comparator<String> BY_LINE = new java.util.Comparator<String>() {
    @Override
    public int compare(String a, String b) {
      int c = Integer.compare(lineOf(a), lineOf(b));
      return c != 0 ? c : a.compareTo(b);
    }
  };

  private static int lineOf(String s) {
    int colon = s.indexOf(':');
    try {
      return Integer.parseInt(s.substring(0, colon));
    } catch (RuntimeException e) {
      return Integer.MAX_VALUE;
    }
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
    out.sort(BY_LINE);
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
  public static List<CheckRun.Diag> compileErrors(List<CheckRun.Diag> diags) {
    List<CheckRun.Diag> out = new ArrayList<>();
    for (CheckRun.Diag d : diags) {
      if (d.isError() && d.key() == null) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The file's lines in {@code cs}; bytes that are not valid there become U+FFFD, as javac reports
   * them (a strict read would end the whole verify on one such file).
   */
  private static List<String> lines(Path file, java.nio.charset.Charset cs) throws IOException {
    return new String(Files.readAllBytes(file), cs).lines().collect(java.util.stream.Collectors.toList());
  }
}

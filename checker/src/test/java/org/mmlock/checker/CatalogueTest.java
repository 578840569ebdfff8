package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue is kept consistent mechanically: every key the code reports has message
 * text, a doc page and test inputs both ways (at least three flagged, three near-misses), and
 * the keys are those of the spec's rules.md, less the ones not implemented yet.
 */
class CatalogueTest {
  /** Keys of rules.md whose checks are not implemented yet: they report nothing. */
  static final Set<String> NOT_YET = Set.of();

  static Set<String> messageKeys() throws IOException {
    Properties p = new Properties();
    try (InputStream in = MmLockChecker.class.getResourceAsStream("messages.properties")) {
      p.load(in);
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  /**
   * Keys the code can report: literals passed to {@code report(tree, "key", …)}, problem keys
   * ({@code new Problem("key", …)}) and requirement keys ({@code return "key";}).
   */
  static Set<String> reportedKeys() throws IOException {
    Pattern lit = Pattern.compile("(?:report\\([^,;]+, |Problem\\(|return )\"([a-z]+(?:\\.[a-z_]+)+)\"");
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
      for (Path f : s.filter(x -> x.toString().endsWith(".java")).collect(Collectors.toList())) {
        Matcher m = lit.matcher(Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }

  @Test
  void keysAreFoundInTheCode() throws IOException {
    assertTrue(reportedKeys().containsAll(Set.of("lock.leak", "mmap.required", "null.unchecked",
        "contract.expression.invalid", "internal.error")), "the key scan found " + reportedKeys());
  }

  @Test
  void everyReportedKeyHasMessageText() throws IOException {
    Set<String> missing = new TreeSet<>(reportedKeys());
    missing.removeAll(messageKeys());
    assertEquals(Set.of(), missing, "keys reported in code without messages.properties text");
  }

  @Test
  void messageKeysAreTheSpecKeysLessThoseNotImplementedYet() throws IOException {
    Path rules = Path.of("../../shared/spec/rules.md");
    assumeTrue(Files.exists(rules), "the spec (../shared/spec/rules.md) is not beside this clone");
    Set<String> spec = new TreeSet<>();
    String text = Files.readString(rules);
    Matcher m = Pattern.compile("(?m)^\\| `([a-z][a-z0-9_.]*)`").matcher(text);
    while (m.find()) {
      spec.add(m.group(1));
    }
    // The table mapping requirement kinds to keys: keys in its last column.
    String reqTable = text.substring(text.indexOf("| requirement | key |"));
    for (String row : reqTable.split("\\R")) {
      if (!row.startsWith("|")) {
        break;
      }
      String last = row.substring(row.lastIndexOf('|', row.length() - 2));
      Matcher k = Pattern.compile("`([a-z]+(?:\\.[a-z_]+)+)`").matcher(last);
      while (k.find()) {
        spec.add(k.group(1));
      }
    }
    spec.removeAll(NOT_YET);
    assertEquals(spec, messageKeys());
  }

  @Test
  void everyKeyHasADocPage() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String k : messageKeys()) {
      if (!Files.exists(Path.of("../docs/rules/" + k + ".md"))) {
        missing.add(k);
      }
    }
    assertEquals(List.of(), missing, "keys without docs/rules/KEY.md");
  }

  @Test
  void everyKeyIsTestedBothWays() throws IOException {
    TreeMap<String, String> weak = new TreeMap<>();
    for (String k : messageKeys()) {
      Path dir = RuleTests.TESTS.resolve(k);
      int flagged = 0;
      int clean = 0;
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          for (Path f : s.collect(Collectors.toList())) {
            String text = Files.readString(f);
            flagged += count(text, "// :: error: [" + k + "]") + count(text, "// :: warning: [" + k + "]");
            clean += count(text, "// ok: " + k);
          }
        }
      }
      if (flagged < 3 || clean < 3) {
        weak.put(k, flagged + " flagged, " + clean + " near-misses");
      }
    }
    assertTrue(weak.isEmpty(), "keys with fewer than 3 flagged cases or 3 near-misses "
        + "(a near-miss is a method marked '// ok: KEY' that must stay clean): " + weak);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}

package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mmlock.checker.cli.CheckRun;
import org.mmlock.checker.cli.Expectations;

/**
 * The rule pages' examples cannot rot: {@code docs/rules/examples/KEY/Bad.java} must be reported
 * with KEY exactly where its {@code // :: error:} comments say, and {@code Good.java} must be
 * clean.
 */
class DocExamplesTest {
  static final Path EXAMPLES = Path.of("../docs/rules/examples");

  @TestFactory
  List<DynamicTest> docExamplesBehaveAsDocumented() throws IOException {
    List<DynamicTest> out = new ArrayList<>();
    if (!Files.isDirectory(EXAMPLES)) {
      return out;
    }
    List<Path> dirs;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      dirs = s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
    for (Path dir : dirs) {
      String key = dir.getFileName().toString();
      List<Path> files = CheckRun.javaFiles(List.of(dir));
      List<CheckRun.Diag> diags = CheckRun.check(files, CheckRun.apiClasspath(), CheckRun.dirOptions(dir));
      out.add(DynamicTest.dynamicTest(key, () -> {
        assertEquals(List.of(), Expectations.compileErrors(diags), "doc example does not compile");
        for (Path f : files) {
          assertEquals(List.of(), Expectations.unusable(f), f.toString());
          List<String> want = Expectations.read(f);
          if (f.getFileName().toString().startsWith("Bad")) {
            assertTrue(want.stream().anyMatch(w -> w.endsWith("[" + key + "]")),
                f + " does not expect its own key");
          }
          assertEquals(want, Expectations.actual(diags, f), f.toString());
        }
        documentedMessagesAreReal(key, diags);
      }));
    }
    return out;
  }

  /**
   * The diagnostics a page shows under "What the checker reports" are ones its example really
   * produces (compared by message text; line numbers differ between the page and Bad.java).
   */
  private static void documentedMessagesAreReal(String key, List<CheckRun.Diag> diags) throws IOException {
    Path page = EXAMPLES.getParent().resolve(key + ".md");
    String text = Files.readString(page);
    int at = text.indexOf("## What the checker reports");
    assertTrue(at >= 0, page + " has no 'What the checker reports' section");
    int open = text.indexOf("```", at);
    int close = text.indexOf("```", open + 3);
    java.util.Set<String> real = new java.util.HashSet<>();
    for (CheckRun.Diag d : diags) {
      real.add(d.message.split("\\R", 2)[0]);
    }
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?m)^\\S+\\.java:\\d+: (?:error|warning): (.*)$")
        .matcher(text.substring(open, close));
    int shown = 0;
    while (m.find()) {
      shown++;
      assertTrue(real.contains(m.group(1)), page + " shows a message the checker does not print: "
          + m.group(1) + "\nreal: " + real);
    }
    assertTrue(shown > 0, page + " shows no diagnostic");
  }
}

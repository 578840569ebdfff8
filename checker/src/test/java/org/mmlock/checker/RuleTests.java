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
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mmlock.checker.cli.CheckRun;
import org.mmlock.checker.cli.Expectations;

/**
 * Runs every test input under {@code src/test/resources/tests/<dir>/}: each directory is compiled
 * once with mmlock, and each file must report exactly the diagnostics its
 * {@code // :: error: [key]} comments expect — no missing one, no unexpected one.
 */
class RuleTests {
  static final Path TESTS = Path.of("src/test/resources/tests");

  @TestFactory
  List<DynamicNode> everyTestInput() throws IOException {
    List<DynamicNode> out = new ArrayList<>();
    for (Path dir : dirs()) {
      List<Path> files = CheckRun.javaFiles(List.of(dir));
      List<CheckRun.Diag> diags = CheckRun.check(files, CheckRun.apiClasspath(), CheckRun.dirOptions(dir));
      List<DynamicTest> tests = new ArrayList<>();
      tests.add(DynamicTest.dynamicTest("compiles", () ->
          assertEquals(List.of(), Expectations.compileErrors(diags), "javac errors in the test input")));
      for (Path f : files) {
        tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
          assertEquals(List.of(), Expectations.unusable(f), "expectation lines that cannot be used in " + f);
          assertEquals(Expectations.read(f), Expectations.actual(diags, f),
              "expected (// :: lines) vs reported diagnostics in " + f);
        }));
      }
      out.add(DynamicContainer.dynamicContainer(dir.getFileName().toString(), tests));
    }
    assertTrue(!out.isEmpty(), "no test inputs found under " + TESTS.toAbsolutePath());
    return out;
  }

  static List<Path> dirs() throws IOException {
    try (Stream<Path> s = Files.list(TESTS)) {
      return s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
  }
}

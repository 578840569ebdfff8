package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mmlock.checker.cli.CheckRun;
import org.mmlock.checker.cli.Expectations;

/**
 * The buggy twins of the examples (as before their fix, or as the seeds warn against) must be
 * rejected with exactly the keys, at exactly the lines, their {@code // :: error: [key]}
 * comments state. (The correct versions are compiled with the checker on, with -Werror, by the
 * examples module's own build.)
 */
class ExamplesTest {
  @TestFactory
  List<DynamicTest> eachBuggyExampleIsRejectedAsExpected() throws IOException {
    List<Path> files = CheckRun.javaFiles(List.of(Path.of("../examples/src/buggy/java")));
    List<CheckRun.Diag> diags = CheckRun.check(files, CheckRun.apiClasspath());
    List<DynamicTest> out = new ArrayList<>();
    out.add(DynamicTest.dynamicTest("buggy examples compile",
        () -> assertEquals(List.of(), Expectations.compileErrors(diags))));
    for (Path f : files) {
      out.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
        assertEquals(List.of(), Expectations.unusable(f));
        List<String> want = Expectations.read(f);
        assertFalse(want.isEmpty(), f + " states no expected diagnostic");
        assertEquals(want, Expectations.actual(diags, f));
      }));
    }
    return out;
  }
}

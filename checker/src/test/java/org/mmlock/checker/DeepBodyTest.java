package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmlock.checker.cli.CheckRun;

/**
 * A method with an expression nested as deep as javac compiles (a sum of 1,500 conditional
 * expressions, a left-deep tree) is analysed, not given up with a stack overflow as an
 * internal.error; and what it breaks is still found.
 */
class DeepBodyTest {
  @Test
  void aDeeplyNestedExpressionIsAnalysed(@TempDir Path dir) throws IOException, InterruptedException {
    String sum = IntStream.range(0, 1500).mapToObj(i -> "(x == " + i + " ? 0 : 1)")
        .collect(Collectors.joining(" + "));
    Path f = Files.writeString(dir.resolve("Deep.java"), "import org.mmlock.mm.*;\n"
        + "import static org.mmlock.mm.MmapLock.*;\n"
        + "class Deep {\n"
        + "  static long sum(MmStruct mm, long x) {\n"
        + "    mmap_read_lock(mm);\n"
        + "    long r = " + sum + ";\n"
        + "    return r;\n"
        + "  }\n"
        + "}\n");
    // javac's main thread has the JVM's default stack (1 MB here); the test runner's may be larger.
    List<List<String>> got = new ArrayList<>();
    Thread javacLike = new Thread(null, () -> {
      got.add(CheckRun.check(List.of(f), CheckRun.apiClasspath()).stream()
          .map(d -> d.line + " " + d.key()).collect(Collectors.toList()));
    }, "javac-like", 1 << 20);
    javacLike.start();
    javacLike.join();
    assertEquals(List.of(List.of("7 lock.leak")), got);
  }
}

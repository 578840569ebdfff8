package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmlock.checker.cli.CheckRun;

/**
 * An invalid lock expression is quoted in its diagnostic as written, with control characters
 * escaped as in Java source: the diagnostic keeps to its own lines.
 */
class ContractTextTest {
  @Test
  void controlCharactersInAnExpressionAreEscaped(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("Odd.java"), "import org.mmlock.mm.*;\n"
        + "import org.mmlock.qual.*;\n"
        + "class Odd {\n"
        + "  @RequiresMmapRead(\"a\\tb\\n\")\n"
        + "  static void f(MmStruct mm) {}\n"
        + "}\n");
    List<String> messages = CheckRun.check(List.of(f), CheckRun.apiClasspath()).stream()
        .map(d -> d.line + " " + d.message).collect(Collectors.toList());
    assertEquals(1, messages.size(), messages.toString());
    String m = messages.get(0);
    assertTrue(m.startsWith("4 [contract.expression.invalid]"), m);
    assertTrue(m.contains("\"a\\tb\\n\""), m);
    assertFalse(m.split("\n")[0].contains("\t"), m);
  }
}

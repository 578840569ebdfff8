package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body whose fixpoint takes more block analyses than allowed is reported as internal.error on
 * that method, and the rest is still checked (the limit stands between a checker bug and a javac
 * that never finishes). Run with a small limit ({@code -Ammlock.stepLimit}) so that nested loops
 * reach it; with the default, the same file is checked without one.
 */
class StepLimitTest {
  private static final String[] SOURCE = {
    "import org.mmlock.mm.*;",
    "import static org.mmlock.mm.MmapLock.*;",
    "class Loops {",
    "  static void nested(MmStruct mm, int n) {",
    "    for (int i = 0; i < n; i++) {",
    "      for (int j = 0; j < n; j++) {",
    "        for (int k = 0; k < n; k++) {",
    "          mmap_read_lock(mm);",
    "          mmap_read_unlock(mm);",
    "        }",
    "      }",
    "    }",
    "  }",
    "  static void unlocked(MmStruct mm) {",
    "    find_vma(mm, 0);",
    "  }",
    "}"};

  private static List<String> check(Path dir, String... options) throws IOException {
    return OneFile.checkWith(List.of(options), dir, "Loops.java", SOURCE).stream()
        .map(d -> d.line + " " + d.key() + " " + d.message.lines().findFirst().orElse(""))
        .collect(Collectors.toList());
  }

  @Test
  void aBodyOverTheLimitIsAnInternalErrorAndTheRestIsChecked(@TempDir Path dir) throws IOException {
    List<String> found = check(dir, "-A" + TestSeams.STEP_LIMIT + "=5");
    assertEquals(2, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("4 internal.error ")
        && found.get(0).contains("no fixpoint after 5 block analyses"), found.toString());
    assertTrue(found.get(1).startsWith("15 mmap.required "), found.toString());
  }

  @Test
  void theDefaultLimitLeavesTheSameBodyChecked(@TempDir Path dir) throws IOException {
    List<String> found = check(dir);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("15 mmap.required "), found.toString());
  }
}

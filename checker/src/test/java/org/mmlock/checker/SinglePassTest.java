package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a body without loops and {@code try}, a local assigned at one place only has no facts when
 * it is assigned, and the analysis skips renaming them there (see {@code Relevance.Facts}). A
 * parameter, or a local given a value twice, keeps the renaming: the lock taken on its earlier
 * value is not released by an unlock of its new one.
 */
class SinglePassTest {
  @Test
  void aLocalOrParameterGivenASecondValueStillLosesTheNameOfItsFirst(@TempDir Path dir) throws IOException {
    List<String> found = OneFile.check(dir, "Twice.java",
        "import org.mmlock.mm.*;",
        "import static org.mmlock.mm.MmapLock.*;",
        "class Twice {",
        "  static void param(MmStruct m, MmStruct b) {",
        "    mmap_read_lock(m);",
        "    m = b;",
        "    mmap_read_unlock(m);",
        "  }",
        "  static void local(MmStruct a, MmStruct b) {",
        "    MmStruct m = b;",
        "    m = new MmStruct();",
        "    mmap_read_lock(m);",
        "    m = new MmStruct();",
        "    mmap_read_unlock(m);",
        "  }",
        "  static void once(MmStruct a) {",
        "    MmStruct m = new MmStruct();",
        "    mmap_read_lock(m);",
        "    mmap_read_unlock(m);",
        "  }",
        "}").stream()
        .map(d -> d.line + " " + d.key() + (d.key().equals("lock.leak") ? " " + d.message.lines().findFirst().orElse("") : ""))
        .collect(Collectors.toList());
    // the parameter's value is the one the caller passed; the local's, the one it had before
    String leak = " lock.leak [lock.leak] MMAP_R(m (%s)) is still held when the method returns (taken at line ";
    assertEquals(List.of("4" + String.format(leak, "on entry") + "5)", "7 lock.release.not.held",
        "9" + String.format(leak, "earlier value") + "12)", "14 lock.release.not.held"), found);
  }
}

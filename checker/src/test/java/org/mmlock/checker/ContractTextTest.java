package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invalid lock expression is quoted in its diagnostic as written, with control characters
 * escaped as in Java source: the diagnostic keeps to its own lines.
 */
class ContractTextTest {
  @Test
  void controlCharactersInAnExpressionAreEscaped(@TempDir Path dir) throws IOException {
    List<String> messages = OneFile.check(dir, "Odd.java",
        "import org.mmlock.mm.*;",
        "import org.mmlock.qual.*;",
        "class Odd {",
        "  @RequiresMmapRead(\"a\\tb\\n\")",
        "  static void f(MmStruct mm) {}",
        "}").stream()
        .map(d -> d.line + " " + d.message).collect(Collectors.toList());
    assertEquals(1, messages.size(), messages.toString());
    String m = messages.get(0);
    assertTrue(m.startsWith("4 [contract.expression.invalid]"), m);
    assertTrue(m.contains("\"a\\tb\\n\""), m);
    assertFalse(m.split("\n")[0].contains("\t"), m);
  }

  /** A constructor is named by its class (javac calls it {@code <init>}). */
  @Test
  void aConstructorIsNamedByItsClass(@TempDir Path dir) throws IOException {
    List<String> messages = OneFile.check(dir, "Ctor.java",
        "import org.mmlock.mm.*;",
        "import org.mmlock.qual.*;",
        "class Base {",
        "  @RequiresMmapRead(\"mm\") Base(MmStruct mm) {}",
        "}",
        "class Derived extends Base {",
        "  Derived(MmStruct mm) { super(mm); }",
        "}").stream()
        .map(d -> d.line + " " + d.message.split("\n")[0]).collect(Collectors.toList());
    assertEquals(List.of("7 [mmap.required] Base() called without the mmap lock"), messages);
  }

  /** A lock the contract holds on entry was taken at no line of the body: the message says so. */
  @Test
  void aLockHeldOnEntryIsNotSaidToBeTakenAtLineZero(@TempDir Path dir) throws IOException {
    List<String> messages = OneFile.check(dir, "Twice.java",
        "import org.mmlock.mm.*;",
        "import org.mmlock.qual.*;",
        "import static org.mmlock.mm.MmapLock.*;",
        "class Twice {",
        "  @MightSleep @RequiresMmapRead(\"mm\")",
        "  static void f(MmStruct mm) { mmap_read_lock(mm); mmap_read_unlock(mm); }",
        "}").stream()
        .map(d -> d.line + " " + d.message.split("\n")[0]).collect(Collectors.toList());
    assertTrue(messages.contains("6 [lock.double.acquire] mmap_read_lock() takes a lock twice: "
        + "MMAP_R(mm) is already held (since entry: the method's contract)"), messages.toString());
  }
  /** A broken {@code @Downgrades} is worded as the annotation written, not as an {@code @Acquires}. */
  @Test
  void aBrokenDowngradeNamesDowngrades(@TempDir Path dir) throws IOException {
    List<String> messages = OneFile.check(dir, "Down.java",
        "import org.mmlock.mm.*;",
        "import org.mmlock.qual.*;",
        "import static org.mmlock.mm.MmapLock.*;",
        "class Down {",
        "  @Downgrades(kind = LockKind.MMAP_WRITE, on = \"mm\")",
        "  static void unlocks(MmStruct mm) { mmap_write_unlock(mm); }",
        "  @Downgrades(kind = LockKind.MMAP_WRITE, on = \"mm\")",
        "  static void keeps(MmStruct mm) { }",
        "}").stream()
        .map(d -> d.line + " " + d.message.split("\n")[0]).collect(Collectors.toList());
    assertEquals(List.of(
        "6 [contract.postcondition] unlocks() does not keep its contract: MMAP_R(mm) is declared "
            + "@Downgrades but not held where it returns",
        "8 [contract.postcondition] keeps() does not keep its contract: MMAP_R(mm) is declared "
            + "@Downgrades but held for write where it returns (the caller releases a read lock)"),
        messages);
  }
}

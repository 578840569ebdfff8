package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code lock.release.not.held} names. All page-table spinlocks are one lock class, and
 * {@code spin_unlock()} releases any of them: a lock held on some paths is named as it was taken
 * (a PMD lock as {@code PMDL}), not as the generic unlock's PTE lock; one held nowhere is named
 * as a spinlock only (released twice, a PMD lock is not a PTE lock). An mmap unlock names the
 * mode it releases, whatever mode is held on some paths.
 */
class ReleaseMessageTest {
  @Test
  void aPartlyHeldLockIsNamedAsItWasTaken(@TempDir Path dir) throws IOException {
    List<String> found = OneFile.check(dir, "Partly.java",
        "import org.mmlock.mm.*;",
        "import static org.mmlock.mm.Kernel.*;",
        "import static org.mmlock.mm.MmapLock.*;",
        "import static org.mmlock.mm.Pgtable.*;",
        "class Partly {",
        "  static void pmd(MmStruct mm, Pmd pmd, boolean c) {",
        "    Spinlock ptl = pmd_lock(mm, pmd);",
        "    if (c) spin_unlock(ptl);",
        "    spin_unlock(ptl);",
        "  }",
        "  static void none(Spinlock ptl) {",
        "    spin_unlock(ptl);",
        "  }",
        "  static void mmap(MmStruct mm, long a) {",
        "    if (a > 0) mmap_read_lock(mm);",
        "    mmap_write_unlock(mm);",
        "  }",
        "}").stream()
        .filter(d -> d.key().equals("lock.release.not.held"))
        .map(d -> d.line + " " + d.message.lines().findFirst().orElse(""))
        .collect(Collectors.toList());
    String r = " [lock.release.not.held] ";
    assertEquals(List.of(
        "9" + r + "spin_unlock() releases a lock that is not held: PMDL(ptl) is held on some paths only",
        "12" + r + "spin_unlock() releases a lock that is not held: spinlock 'ptl' is not held",
        "16" + r + "mmap_write_unlock() releases a lock that is not held: MMAP_W(mm) is held on some paths only"),
        found);
  }

  /**
   * A lock held for write on some paths and for read on others, with nothing telling which: the
   * release says so, in either mode, and {@code held:} shows the write paths.
   */
  @Test
  void aModeOnSomePathsIsNamed(@TempDir Path dir) throws IOException {
    List<String> found = OneFile.check(dir, "Modes.java",
        "import org.mmlock.mm.*;",
        "import static org.mmlock.mm.MmapLock.*;",
        "class Modes {",
        "  static void f(MmStruct mm, int op) {",
        "    switch (op) {",
        "      case 0: mmap_write_lock(mm); break;",
        "      default: mmap_read_lock(mm);",
        "    }",
        "    mmap_read_unlock(mm);",
        "  }",
        "}").stream()
        .filter(d -> d.key().equals("lock.release.not.held"))
        .map(d -> d.line + " " + d.message.lines().limit(2).collect(Collectors.joining(" | ")).replaceAll(" +", " "))
        .collect(Collectors.toList());
    assertEquals(List.of("9 [lock.release.not.held] mmap_read_unlock() releases a lock that is not held: "
        + "the mmap lock is held for write on some paths and for read on others, and nothing tells which"
        + " | held: {MMAP_R(mm) (W on some paths)}"), found);
  }
}

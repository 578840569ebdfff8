package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One phase-one CFG builder serves every body of a compilation (see {@code Cfgs.PerBody}). */
class CfgsTest {
  /** A Checker Framework upgrade that renames phase one's fields must not silently cost the reuse. */
  @Test
  void theBundledCheckerFrameworkLetsPhaseOneBeReused() {
    assertTrue(Cfgs.reusesPhaseOne());
  }

  /**
   * Bodies built one after another with one builder each get a graph of their own nodes: a body
   * whose contract holds the lock is clean, the body without one reports, whatever was built
   * before it.
   */
  @Test
  void eachBodyBuiltByTheReusedBuilderGetsItsOwnGraph(@TempDir Path dir) throws IOException {
    List<String> found = OneFile.check(dir, "Three.java",
        "import org.mmlock.mm.*;",
        "import org.mmlock.qual.*;",
        "import static org.mmlock.mm.MmapLock.*;",
        "class Three {",
        "  @RequiresMmapRead(\"#1\") static void byPosition(MmStruct mm) { mmap_assert_locked(mm); }",
        "  @RequiresMmapRead(\"vma.vm_mm\") static long byPath(VmAreaStruct vma) {",
        "    if (vma.vm_start > 0) { mmap_assert_locked(vma.vm_mm); }",
        "    return vma.vm_end;",
        "  }",
        "  static void none(MmStruct mm) { mmap_assert_locked(mm); }",
        "  @RequiresMmapRead(\"mm\") static void again(MmStruct mm) {",
        "    for (int i = 0; i < 2; i++) { mmap_assert_locked(mm); }",
        "  }",
        "}").stream()
        .map(d -> d.line + " " + d.key()).collect(Collectors.toList());
    assertEquals(List.of("10 mmap.required"), found);
  }
}

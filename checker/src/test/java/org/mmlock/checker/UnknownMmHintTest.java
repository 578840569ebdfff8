package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vma.unstable} on a VMA nothing ties to the mmap lock held says why, and how a helper
 * says which mm its VMA is of; one found under that lock gets no hint.
 */
class UnknownMmHintTest {
  @Test
  void aVmaOfNoKnownMmGetsTheAliasesHint(@TempDir Path dir) throws IOException {
    List<String> needs = OneFile.check(dir, "Hint.java",
        "import org.mmlock.mm.*;",
        "import org.mmlock.qual.*;",
        "import static org.mmlock.mm.MmapLock.*;",
        "class Hint {",
        "  static VmAreaStruct helper(MmStruct mm) { return null; }",
        "  @RequiresMmapRead(\"mm\")",
        "  static long f(MmStruct mm, long a) {",
        "    VmAreaStruct p = helper(mm);",
        "    VmAreaStruct q = find_vma(mm, a);",
        "    return p.vm_end + (q == null ? 0 : q.vm_end);",
        "  }",
        "  static long g(VmAreaStruct v) {",
        "    return v.vm_end;",
        "  }",
        "}").stream()
        .map(d -> d.line + " " + d.message.lines().filter(l -> l.trim().startsWith("needs:"))
            .findFirst().orElse("").trim())
        .collect(Collectors.toList());
    assertEquals(List.of(
        "10 needs: VMA stable: MMAP_R(p.vm_mm), VMA_R(p), I_MMAP_R(p.vm_file.f_mapping) or"
            + " ANON_VMA_R(p.anon_vma); nothing says p is a VMA of mm (a helper that returns one"
            + " says so with @Aliases(path = \"result.vm_mm\", to = \"mm\"))",
        "13 needs: VMA stable: MMAP_R(v.vm_mm), VMA_R(v), I_MMAP_R(v.vm_file.f_mapping) or"
            + " ANON_VMA_R(v.anon_vma)"),
        needs);
  }
}

package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How messages name objects: a local is named as written, not by a copy made of it later; a field
 * path by the local it was read into; a reassigned parameter's value on entry as such; a value no
 * path names (a call's result, a new object, an element at a computed index) by its expression.
 */
class NamesInMessagesTest {
  @Test
  void aLocalIsItsOwnNameAndAFieldPathItsLocal(@TempDir Path dir) throws IOException {
    List<String> found = firstLines(OneFile.check(dir, "Named.java",
        "import org.mmlock.mm.*;",
        "import org.mmlock.qual.*;",
        "import static org.mmlock.mm.Kernel.*;",
        "import static org.mmlock.mm.MmapLock.*;",
        "import static org.mmlock.mm.Pgtable.*;",
        "class Named {",
        "  @RequiresVmaStable(\"vma\")",
        "  static long copied(VmAreaStruct vma, Pmd pmd, long a) {",
        "    Ref<Spinlock> ptl = new Ref<>();",
        "    Pte pte = pte_offset_map_lock(vma.vm_mm, pmd, a, ptl);",
        "    if (pte == null) return 0;",
        "    Pte orig_pte = pte;",
        "    pte_unmap_unlock(orig_pte, ptl.get());",
        "    return ptep_get(pte);",
        "  }",
        "  static void field(VmAreaStruct vma) {",
        "    MmStruct mm = vma.vm_mm;",
        "    find_vma(vma.vm_mm, 0);",
        "  }",
        "  @RequiresMmapRead(\"vma.vm_mm\")",
        "  static void entry(VmAreaStruct vma, VmAreaStruct w) {",
        "    vma = w;",
        "    mmap_read_unlock(vma.vm_mm);",
        "  }",
        "}"));
    assertEquals(List.of(
        "14 [pte.use.after.unmap] ptep_get() uses 'pte' after it was unmapped: the PTE is no longer valid",
        "18 [mmap.required] find_vma() called without the mmap lock",
        "23 [lock.release.not.held] mmap_read_unlock() releases a lock that is not held: MMAP_R(w.vm_mm) is not held"),
        found);
  }
  @Test
  void aValueNoPathNamesIsNamedByItsExpression(@TempDir Path dir) throws IOException {
    List<String> found = firstLines(OneFile.check(dir, "Valued.java",
        "import org.mmlock.mm.*;",
        "import static org.mmlock.mm.Pgtable.*;",
        "class Valued {",
        "  static void call(MmStruct mm, Pmd pmd) {",
        "    spin_lock(pte_lockptr(mm, pmd));",
        "  }",
        "  static void element(Spinlock[] locks, int i) {",
        "    spin_lock(locks[i + 1]);",
        "  }",
        "  static void created() {",
        "    spin_lock(new Spinlock());",
        "  }",
        "  static void longer(MmStruct the_mm_of_the_walk, Pmd the_pmd_of_the_walk) {",
        "    spin_lock(pte_lockptr(the_mm_of_the_walk, the_pmd_of_the_walk));",
        "  }",
        "}"));
    assertEquals(List.of(
        "4 [lock.leak] PTL(pte_lockptr(mm, pmd)) is still held when the method returns (taken at line 5)",
        "7 [lock.leak] PTL(locks[i + 1]) is still held when the method returns (taken at line 8)",
        "10 [lock.leak] PTL(new Spinlock()) is still held when the method returns (taken at line 11)",
        "13 [lock.leak] PTL(pte_lockptr(…)) is still held when the method returns (taken at line 14)"),
        found);
  }

  /** Each diagnostic as its line and the first line of its message. */
  private static List<String> firstLines(List<org.mmlock.checker.cli.CheckRun.Diag> diags) {
    return diags.stream()
        .map(d -> d.line + " " + d.message.lines().findFirst().orElse(""))
        .collect(Collectors.toList());
  }
}

package org.mmlock.checker.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A store's fact map behaves as the {@code TreeMap<String, V>} it replaced: same entries, same
 * (sorted) iteration order, removal through its views, and a copy that does not see later
 * writes to its original.
 */
class PathMapTest {
  private static final String[] PATHS = {"mm", "mm.mmap_lock", "vma", "vma.vm_mm", "vma'",
      "$r1", "pte", "pte.ptl", "a", "b.c", "mm'", "vma.vm_file.f_mapping", "m"};

  @Test
  void randomEditsLeaveTheSameEntriesInTheSameOrderAsATreeMap() {
    Random rnd = new Random(7);
    PathMap<Integer> map = new PathMap<>();
    TreeMap<String, Integer> tree = new TreeMap<>();
    for (int step = 0; step < 5000; step++) {
      String k = PATHS[rnd.nextInt(PATHS.length)];
      switch (rnd.nextInt(6)) {
        case 0:
        case 1:
        case 2:
          assertEquals(tree.put(k, step), map.put(k, step));
          break;
        case 3:
          assertEquals(tree.remove(k), map.remove(k));
          break;
        case 4:
          String prefix = k;
          tree.keySet().removeIf(p -> p.startsWith(prefix));
          map.keySet().removeIf(p -> p.startsWith(prefix));
          break;
        default:
          assertEquals(tree.ceilingKey(k), map.ceilingKey(k));
      }
      assertEquals(tree.get(k), map.get(k));
      assertEquals(new ArrayList<>(tree.entrySet()), new ArrayList<>(map.entrySet()));
      assertEquals(tree.size(), map.size());
    }
  }

  @Test
  void removingThroughValuesAndEntriesKeepsTheRestInOrder() {
    PathMap<Integer> map = new PathMap<>();
    for (int i = 0; i < PATHS.length; i++) {
      map.put(PATHS[i], i);
    }
    map.values().removeIf(v -> v % 2 == 0);
    map.entrySet().removeIf(e -> e.getKey().startsWith("vma"));
    TreeMap<String, Integer> expected = new TreeMap<>();
    for (int i = 0; i < PATHS.length; i++) {
      if (i % 2 != 0 && !PATHS[i].startsWith("vma")) {
        expected.put(PATHS[i], i);
      }
    }
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(map.keySet()));
    assertEquals(expected, map);
    assertEquals(map, expected);
  }

  @Test
  void aCopyIsIndependentOfItsOriginal() {
    PathMap<String> a = new PathMap<>();
    a.put("mm", "x");
    PathMap<String> b = new PathMap<>(a);
    b.put("vma", "y");
    a.remove("mm");
    assertNull(a.get("vma"));
    assertEquals("x", b.get("mm"));
    assertEquals(List.of("mm", "vma"), new ArrayList<>(b.keySet()));
    assertTrue(a.isEmpty());
    assertEquals(Map.of("mm", "x", "vma", "y"), b);
  }
}

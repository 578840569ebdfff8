package org.mmlock.checker.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmlock.checker.bench.CorpusGenerator.Kind;
import org.mmlock.checker.bench.CorpusGenerator.Summary;
import org.mmlock.checker.cli.CheckRun;

/**
 * The benchmark measures the checker on code it accepts: every generated corpus (dense, mixed,
 * the pathological cases) must compile and be clean under mmlock, and generation must be a
 * function of its seed.
 */
class CorpusCleanTest {
  @TempDir Path tmp;

  private static String render(List<CheckRun.Diag> diags) {
    return diags.stream().map(d -> d.format(d.file)).collect(Collectors.joining());
  }

  @Test
  void generatedCorporaAreClean() throws IOException {
    List<Path> files = new ArrayList<>();
    Summary dense = CorpusGenerator.generate(Kind.DENSE, 20, 7, tmp.resolve("dense"));
    Summary mixed = CorpusGenerator.generate(Kind.MIXED, 20, 7, tmp.resolve("mixed"));
    files.addAll(dense.sources());
    files.addAll(mixed.sources());
    files.addAll(CorpusGenerator.pathological(tmp.resolve("patho")));
    assertEquals(dense.methods(), dense.mmMethods(), "dense: every method is walker code");
    assertTrue(mixed.mmMethods() > 0 && mixed.mmMethods() * 4 < mixed.methods(),
        "mixed: a minority of methods touch the mm API: " + mixed.json());
    List<CheckRun.Diag> diags = CheckRun.check(files, CheckRun.apiClasspath());
    assertEquals("", render(diags), "generated code must be clean under mmlock");
  }

  @Test
  void generationIsDeterministic() throws IOException {
    for (Kind k : Kind.values()) {
      Summary a = CorpusGenerator.generate(k, 12, 42, tmp.resolve("a-" + k));
      Summary b = CorpusGenerator.generate(k, 12, 42, tmp.resolve("b-" + k));
      Summary c = CorpusGenerator.generate(k, 12, 43, tmp.resolve("c-" + k));
      assertEquals(a.sources().size(), b.sources().size());
      boolean differs = false;
      for (int i = 0; i < a.sources().size(); i++) {
        byte[] x = Files.readAllBytes(a.sources().get(i));
        assertArrayEquals(x, Files.readAllBytes(b.sources().get(i)), a.sources().get(i).toString());
        differs |= !java.util.Arrays.equals(x, Files.readAllBytes(c.sources().get(i)));
      }
      assertTrue(differs, k + ": another seed gives another corpus");
      assertArrayEquals(Files.readAllBytes(tmp.resolve("a-" + k).resolve("sources.txt")),
          Files.readAllBytes(tmp.resolve("b-" + k).resolve("sources.txt")));
    }
  }
}

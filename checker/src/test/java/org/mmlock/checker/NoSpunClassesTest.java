package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The classes that run inside javac link no {@code invokedynamic} call site and make no var
 * handle: a lambda, a method reference, an indy string concatenation or a {@code VarHandle} spins
 * classes at run time in every compilation, and enough of them make the JIT compile the JDK's
 * class writer too (bench/README.md, "What each change bought"). The command line ({@code cli})
 * and the benchmark's generator ({@code bench}) run outside javac and are not held to it.
 */
class NoSpunClassesTest {
  private static final String[] SPINNERS = {
    "java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory",
    "java/lang/invoke/VarHandle",
  };

  @Test
  void theCheckerLinksNoInvokedynamicCallSite() throws Exception {
    Path classes = Path.of(MmLockPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path root = classes.resolve("org/mmlock/checker");
    List<String> found = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (!rel.endsWith(".class") || rel.startsWith("cli/") || rel.startsWith("bench/")) {
          continue;
        }
        checked++;
        String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        for (String s : SPINNERS) {
          if (bytes.contains(s)) {
            found.add(rel + " uses " + s.substring(s.lastIndexOf('/') + 1));
          }
        }
      }
    }
    assertEquals(true, checked > 50, "checked " + checked + " classes under " + root);
    assertEquals(List.of(), found);
  }
}

package org.mmlock.checker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mmlock.checker.cli.CheckRun;

/** A test's one source file, written from its lines and checked as {@code ./mmlock check} does. */
final class OneFile {
  private OneFile() {}

  static List<CheckRun.Diag> check(Path dir, String name, String... lines) throws IOException {
    return checkWith(List.of(), dir, name, lines);
  }

  /** As {@link #check}, with extra javac options ({@code -Akey=value}). */
  static List<CheckRun.Diag> checkWith(List<String> options, Path dir, String name, String... lines)
      throws IOException {
    Path src = dir.resolve(name);
    Files.writeString(src, String.join("\n", lines) + "\n");
    return CheckRun.check(List.of(src), CheckRun.apiClasspath(), options);
  }
}

package org.mmlock.checker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./mmlock} command's exit status and output on input it cannot check. */
class MainTest {
  private static final String HEADER = "import org.mmlock.mm.*;\nimport static org.mmlock.mm.MmapLock.*;\n";

  /** What one run printed and returned. */
  private static final class Run {
    final int status;
    final String out;
    final String err;

    Run(String... args) {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      ByteArrayOutputStream e = new ByteArrayOutputStream();
      status = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
          new PrintStream(e, true, StandardCharsets.UTF_8));
      out = o.toString(StandardCharsets.UTF_8);
      err = e.toString(StandardCharsets.UTF_8);
    }
  }

  /**
   * javac runs out of stack attributing a very long sum and says nothing through its diagnostics:
   * the file, which also calls find_vma without the lock, was not checked, and the command must
   * not print "0 errors" and pass.
   */
  @Test
  void javacStoppingWithoutADiagnosticIsNotAPass(@TempDir Path dir) throws IOException {
    StringBuilder sum = new StringBuilder("0");
    for (int i = 0; i < 20_000; i++) {
      sum.append(" + x");
    }
    Files.writeString(dir.resolve("Deep.java"), HEADER + "class Deep {\n"
        + "  static long f(MmStruct mm, long x) { find_vma(mm, 0); return " + sum + "; }\n}\n");
    Run r = new Run("check", dir.toString());
    assertEquals(2, r.status, r.out + r.err);
    assertTrue(r.err.contains("javac stopped, so the files were not all checked"), r.err);
    assertFalse(r.out.contains("0 errors"), r.out);
  }

  /**
   * Once javac reports an error of its own it analyses no more classes, so a file after it is not
   * checked: the command names the files mmlock did not check, rather than count them as checked.
   */
  @Test
  void javacsOwnErrorsNameTheFilesNotChecked(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Bad.java"), "class Bad { int x = \"s\"; }\n");
    Files.writeString(dir.resolve("Good.java"), HEADER + "class Good {\n"
        + "  static Object f(MmStruct mm) { return find_vma(mm, 0); }\n}\n");
    Run r = new Run("check", dir.toString());
    assertEquals(1, r.status, r.out + r.err);
    assertTrue(r.err.contains("mmlock did not check 2 files: "), r.err);
    assertTrue(r.err.contains("Good.java"), r.err);
    Files.delete(dir.resolve("Bad.java"));
    Run clean = new Run("check", dir.toString());
    assertTrue(clean.out.contains("[mmap.required]"), clean.out);
    assertFalse(clean.err.contains("did not check"), clean.err);
  }

  /**
   * Sources are read as UTF-8 whatever the platform's default, or in the character set given
   * with --encoding; verify reads its expectations in the same one and does not stop on bytes
   * that are not valid there.
   */
  @Test
  void sourcesAreUtf8UnlessToldOtherwise(@TempDir Path dir) throws IOException {
    byte[] latin1 = (HEADER + "// caf\u00e9\nclass Latin {\n  // :: error: [mmap.required]\n"
        + "  static Object f(MmStruct mm) { return find_vma(mm, 0); }\n}\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("Latin.java"), latin1);
    Run asUtf8 = new Run("check", file.toString());
    assertTrue(asUtf8.out.contains("for encoding UTF-8"), asUtf8.out);
    Run asLatin1 = new Run("check", "--encoding", "ISO-8859-1", file.toString());
    assertFalse(asLatin1.out.contains("unmappable"), asLatin1.out);
    assertTrue(asLatin1.out.contains("[mmap.required]"), asLatin1.out);
    Run verify = new Run("verify", "--encoding", "ISO-8859-1", file.toString());
    assertEquals(0, verify.status, verify.out + verify.err);
    Run verifyUtf8 = new Run("verify", file.toString());
    assertEquals(1, verifyUtf8.status, verifyUtf8.out + verifyUtf8.err);
    assertEquals(2, new Run("check", "--encoding", "NO-SUCH-SET", file.toString()).status);
  }

  /**
   * A directory given through a symbolic link, or a linked subdirectory, is walked; a file reached
   * twice (and a link back up) is checked once.
   */
  @Test
  void linkedDirectoriesAreFollowedOnce(@TempDir Path dir) throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(real.resolve("Later.java"), HEADER + "class Later {\n"
        + "  static Object f(MmStruct mm) { return find_vma(mm, 0); }\n}\n");
    Path root = Files.createDirectories(dir.resolve("root"));
    Files.createSymbolicLink(root.resolve("gen"), real);
    Files.createSymbolicLink(real.resolve("up"), dir);
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    for (String arg : new String[] {root.toString(), link.toString(), dir.toString()}) {
      Run r = new Run("check", arg);
      assertEquals(1, r.status, arg + ": " + r.out + r.err);
      assertTrue(r.out.endsWith("1 error, 0 warnings in 1 file\n"), arg + ": " + r.out);
    }
  }

  @Test
  void aFileThatIsNotJavaIsAUsageError(@TempDir Path dir) throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "not java\n");
    for (String command : new String[] {"check", "verify"}) {
      Run r = new Run(command, notes.toString());
      assertEquals(2, r.status, command + ": " + r.out + r.err);
      assertTrue(r.err.contains("not a .java file or a directory"), r.err);
    }
  }

  @Test
  void aDirectoryWithoutJavaFilesIsAUsageError(@TempDir Path dir) {
    for (String command : new String[] {"check", "verify"}) {
      Run r = new Run(command, dir.toString());
      assertEquals(2, r.status, command + ": " + r.out + r.err);
      assertTrue(r.err.contains("no .java files under"), r.err);
    }
  }

  /** verify counts: a key written twice on a line wants two reports there, and once wants one. */
  @Test
  void verifyCountsRepeatedExpectations(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Twice.java"), HEADER + "class Twice {\n"
        + "  static void f(MmStruct mm) {\n"
        + "    // :: error: [mmap.required] [mmap.required]\n"
        + "    find_vma(mm, 0);\n"
        + "    // :: error: [mmap.required]\n"
        + "    find_vma(mm, 0); find_vma(mm, 1);\n"
        + "  }\n}\n");
    Run r = new Run("verify", dir.toString());
    assertEquals(1, r.status, r.out + r.err);
    assertTrue(r.out.contains("Twice.java:6: error: [mmap.required]  MISSING"), r.out);
    assertTrue(r.out.contains("Twice.java:8: error: [mmap.required]  UNEXPECTED"), r.out);
    assertTrue(r.out.contains("verify: 2 differences"), r.out);
  }

  /**
   * verify does not pass vacuously: an expectation that does not parse, or one with no line after
   * it, is a difference; and differences come in line order (8 before 11, not as text).
   */
  @Test
  void verifyReportsExpectationsItCannotUse(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Odd.java"), HEADER + "class Odd {\n"
        + "  static void f(MmStruct mm) {\n"
        + "    // :: error: mmap.required\n"
        + "    find_vma(mm, 0);\n"
        + "    // :: error: [lock.leak]\n"
        + "    int x = 0;\n"
        + "    int y = 0;\n"
        + "    // :: error: [lock.leak]\n"
        + "    int z = 0;\n"
        + "  }\n}\n// :: error: [lock.leak]\n");
    Run r = new Run("verify", dir.toString());
    assertEquals(1, r.status, r.out + r.err);
    assertTrue(r.out.contains("Odd.java:5: expectation does not parse"), r.out);
    assertTrue(r.out.contains("Odd.java:14: expectation at the end of the file"), r.out);
    assertTrue(r.out.contains("Odd.java:6: error: [mmap.required]  UNEXPECTED"), r.out);
    int eight = r.out.indexOf("Odd.java:8: error: [lock.leak]  MISSING");
    int eleven = r.out.indexOf("Odd.java:11: error: [lock.leak]  MISSING");
    assertTrue(eight >= 0 && eleven > eight, r.out);
    assertTrue(r.out.contains("verify: 5 differences"), r.out);
  }

  /**
   * {@code -A} options reach mmlock through the command as through javac: the statistics go to
   * stderr (the diagnostics on stdout stay as they were), a misspelt option is one warning in
   * javac's form for a diagnostic of no file, and a bare {@code -A} is a usage error.
   */
  @Test
  void processorOptionsArePassedOn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Walk.java"), HEADER + "class Walk {\n"
        + "  static void f(MmStruct mm) { find_vma(mm, 0); }\n}\n");
    Run plain = new Run("check", dir.toString());
    Run stats = new Run("check", "-Ammlock.stats", dir.toString());
    assertEquals(1, stats.status, stats.out + stats.err);
    assertEquals(plain.out, stats.out);
    assertTrue(stats.err.startsWith("mmlock: 1 body analysed; CPU: all "), stats.err);
    Run typo = new Run("check", "-Ammlock.stat", dir.toString());
    assertTrue(typo.out.startsWith("warning: mmlock: unknown option mmlock.stat ("), typo.out);
    assertTrue(typo.out.endsWith("1 error, 1 warning in 1 file\n"), typo.out);
    Run bare = new Run("check", "-A", dir.toString());
    assertEquals(2, bare.status);
    assertTrue(bare.err.startsWith("mmlock: '-A' names no option"), bare.err);
  }

  /**
   * verify names files as check does, relative to the working directory when under it, and
   * counts in words: "1 file", "1 difference".
   */
  @Test
  void verifyNamesFilesAsCheckDoes() throws IOException {
    Path dir = Files.createTempDirectory(Path.of("target"), "verify");
    Files.writeString(dir.resolve("One.java"), HEADER + "class One {\n"
        + "  static void f(MmStruct mm) {\n"
        + "    find_vma(mm, 0);\n"
        + "  }\n}\n");
    Path shown = Path.of("").toAbsolutePath().relativize(dir.toAbsolutePath()).resolve("One.java");
    Run r = new Run("verify", dir.toAbsolutePath().toString());
    assertEquals(1, r.status, r.out + r.err);
    assertTrue(r.out.startsWith(shown + ":5: error: [mmap.required]  UNEXPECTED"), r.out);
    assertTrue(r.out.endsWith("verify: 1 difference\n"), r.out);
    Files.writeString(dir.resolve("One.java"), HEADER + "class One {}\n");
    assertEquals("verify: all expectations met in 1 file\n", new Run("verify", dir.toString()).out);
  }

  /** The README's first sample is what {@code ./mmlock check} prints for that file, byte for byte. */
  @Test
  void theReadmeSampleIsRealOutput() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String readme = Files.readString(root.resolve("README.md"));
    int start = readme.indexOf("$ ./mmlock check ");
    int end = readme.indexOf("```", start);
    String[] sample = readme.substring(start, end).split("\n", 2);
    String file = sample[0].substring("$ ./mmlock check ".length()).strip();
    Run r = new Run("check", root.resolve(file).toString());
    assertEquals(sample[1], r.out.replace(root + java.io.File.separator, ""));
  }
}

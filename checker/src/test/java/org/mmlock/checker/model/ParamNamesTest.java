package org.mmlock.checker.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmlock.checker.cli.CheckRun;

/**
 * Contracts of a method read from a class file name its parameters: mmlock reads the names from
 * the class file (javac keeps none unless annotation processors run or {@code -parameters} is
 * given). Overloads of one arity, long and double parameters (two local variable slots) and
 * instance methods (slot 0 is {@code this}) each resolve to the right parameter.
 */
class ParamNamesTest {
  private static final String LIB = "import org.mmlock.mm.*;\n"
      + "import org.mmlock.qual.*;\n"
      + "public class Lib {\n"
      + "  @RequiresMmapRead(\"mm\") public static void f(long a, double b, MmStruct mm) {}\n"
      + "  @RequiresMmapRead(\"mm\") public void g(int[] xs, long[] ys, MmStruct mm) {}\n"
      + "  @RequiresMmapRead(\"mm\") public static void h(MmStruct mm, long x) {}\n"
      + "  @RequiresMmapRead(\"mm\") public static void h(MmStruct other, MmStruct mm) {}\n"
      + "}\n";

  private static final String CLIENT = "import org.mmlock.mm.*;\n"
      + "import static org.mmlock.mm.MmapLock.*;\n"
      + "class Client {\n"
      + "  static void f(MmStruct mm) { Lib.f(1L, 2.0, mm); }\n"
      + "  static void g(MmStruct mm) { new Lib().g(null, null, mm); }\n"
      + "  static void hLong(MmStruct mm) { Lib.h(mm, 0L); }\n"
      + "  static void hSecond(MmStruct a, MmStruct b) { mmap_read_lock(a); Lib.h(b, a); mmap_read_unlock(a); }\n"
      + "  static void hFirst(MmStruct a, MmStruct b) { mmap_read_lock(a); Lib.h(a, b); mmap_read_unlock(a); }\n"
      + "  static void locked(MmStruct mm) {\n"
      + "    mmap_read_lock(mm);\n"
      + "    Lib.f(1L, 2.0, mm); new Lib().g(null, null, mm); Lib.h(mm, 0L);\n"
      + "    mmap_read_unlock(mm);\n"
      + "  }\n"
      + "}\n";

  /** Lines 4, 5, 6 and 8 call without the named parameter's lock; 7 and 9–12 hold it. */
  private static final List<String> EXPECTED = List.of(
      "Client.java:4 mmap.required", "Client.java:5 mmap.required",
      "Client.java:6 mmap.required", "Client.java:8 mmap.required");

  @ParameterizedTest
  @ValueSource(strings = {"-parameters", "-g"})
  void namesComeFromTheClassFile(String nameOption, @TempDir Path dir) throws IOException {
    assertEquals(EXPECTED, keys(checkAgainstLibrary(dir, nameOption)));
  }

  /**
   * A class file without names: the contracts cannot name parameters, which every call reports
   * (the declaration is not compiled here), saying how to fix the library.
   */
  @Test
  void withoutNamesEveryCallSaysTheContractIsInvalid(@TempDir Path dir) throws IOException {
    List<CheckRun.Diag> diags = checkAgainstLibrary(dir, "-g:none");
    assertEquals(List.of("Client.java:4 contract.expression.invalid",
        "Client.java:5 contract.expression.invalid", "Client.java:6 contract.expression.invalid",
        "Client.java:7 contract.expression.invalid", "Client.java:8 contract.expression.invalid",
        "Client.java:11 contract.expression.invalid", "Client.java:11 contract.expression.invalid",
        "Client.java:11 contract.expression.invalid"), keys(diags));
    assertTrue(diags.get(0).message.contains(
        "Lib.f()'s @RequiresMmapRead has an invalid lock expression \"mm\": 'mm' is not a parameter of f()"),
        diags.get(0).message);
    assertTrue(diags.get(0).message.contains("compile it with -parameters"), diags.get(0).message);
  }

  private static List<String> keys(List<CheckRun.Diag> diags) {
    return diags.stream().map(d -> Path.of(d.file).getFileName() + ":" + d.line + " " + d.key())
        .collect(Collectors.toList());
  }

  /**
   * An override of a class-file method whose contract names parameters the class file does not
   * record: the base's contract cannot be read, which is reported at the override (with the fix),
   * rather than a comparison that claims the base requires nothing.
   */
  @ParameterizedTest
  @ValueSource(strings = {"-parameters", "-g:none"})
  void anOverrideOfAMethodWithoutNamesSaysTheBaseContractIsInvalid(String nameOption,
      @TempDir Path dir) throws IOException {
    String lib = "import org.mmlock.mm.*;\n"
        + "import org.mmlock.qual.*;\n"
        + "public interface LibI {\n"
        + "  @RequiresMmapRead(\"mm\") VmAreaStruct f(MmStruct mm);\n"
        + "}\n";
    String impl = "import org.mmlock.mm.*;\n"
        + "import org.mmlock.qual.*;\n"
        + "import static org.mmlock.mm.MmapLock.*;\n"
        + "class Impl implements LibI {\n"
        + "  @RequiresMmapRead(\"mm\") public VmAreaStruct f(MmStruct mm) { return find_vma(mm, 0); }\n"
        + "}\n";
    List<CheckRun.Diag> diags = checkAgainstLibrary(dir, nameOption, "LibI", lib, "Impl", impl);
    if (nameOption.equals("-parameters")) {
      assertEquals(List.of(), keys(diags));
      return;
    }
    assertEquals(List.of("Impl.java:5 contract.expression.invalid"), keys(diags));
    assertTrue(diags.get(0).message.contains("LibI.f()'s @RequiresMmapRead has an invalid lock expression"),
        diags.get(0).message);
    assertTrue(diags.get(0).message.contains("compile it with -parameters"), diags.get(0).message);
  }

  private static List<CheckRun.Diag> checkAgainstLibrary(Path dir, String nameOption)
      throws IOException {
    return checkAgainstLibrary(dir, nameOption, "Lib", LIB, "Client", CLIENT);
  }

  private static List<CheckRun.Diag> checkAgainstLibrary(Path dir, String nameOption, String libName,
      String lib, String clientName, String clientText) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Files.writeString(src.resolve(libName + ".java"), lib);
    List<String> args = new ArrayList<>(List.of(nameOption, "-proc:none", "-d", classes.toString(),
        "-cp", CheckRun.apiClasspath(), src.resolve(libName + ".java").toString()));
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null,
        args.toArray(new String[0])));
    Path client = dir.resolve(clientName + ".java");
    Files.writeString(client, clientText);
    return CheckRun.check(List.of(client), CheckRun.apiClasspath() + File.pathSeparator + classes);
  }
}

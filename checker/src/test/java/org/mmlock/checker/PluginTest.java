package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmlock.checker.cli.CheckRun;

/**
 * The ways users load mmlock: {@code -Xplugin:MmLock} and {@code -processor
 * org.mmlock.checker.MmLockChecker}, looked up by javac on the processor path as in a real
 * build, report the same diagnostics as the {@code ./mmlock} command, and need no JVM flags
 * beyond the documented ones (the Checker Framework's own list, in {@code .mvn/jvm.config}); a
 * broken processor path gets one clear error, not a javac crash.
 */
class PluginTest {
  private static final Path BUGGY = Path.of("../examples/src/buggy/java");

  @Test
  void pluginProcessorAndCommandReportTheSame(@TempDir Path out) throws IOException {
    List<Path> files = CheckRun.javaFiles(List.of(BUGGY));
    List<String> viaPlugin = compile(files, out, "-Xplugin:" + MmLockPlugin.NAME);
    List<String> viaProcessor = compile(files, out, "-processor", MmLockChecker.class.getName());
    List<String> viaCommand = CheckRun.check(files, CheckRun.apiClasspath()).stream()
        .map(d -> d.kind + " " + Path.of(d.file).getFileName() + ":" + d.line + " " + d.message)
        .sorted().collect(Collectors.toList());
    assertTrue(viaPlugin.stream().anyMatch(d -> d.contains("[walk.nolock.user]")), viaPlugin.toString());
    assertEquals(viaCommand, viaPlugin);
    assertEquals(viaCommand, viaProcessor);
  }

  @Test
  void theCommandChecksOnlyTheFilesItIsGiven(@TempDir Path dir) throws IOException {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Files.writeString(lib.resolve("Helper.java"), "import org.mmlock.mm.*;\n"
        + "public class Helper {\n"
        + "  public static VmAreaStruct f(MmStruct mm) { return MmapLock.find_vma(mm, 0); }\n"
        + "}\n");
    Path main = dir.resolve("Main.java");
    Files.writeString(main, "import org.mmlock.mm.*;\n"
        + "class Main {\n"
        + "  static VmAreaStruct g(MmStruct mm) { Helper.f(mm); return MmapLock.find_vma(mm, 0); }\n"
        + "}\n");
    // javac finds Helper.java on the class path and compiles it implicitly: it is not checked.
    List<CheckRun.Diag> diags = CheckRun.check(List.of(main), CheckRun.apiClasspath() + File.pathSeparator + lib);
    assertEquals(List.of("Main.java:3 mmap.required"), diags.stream()
        .map(d -> Path.of(d.file).getFileName() + ":" + d.line + " " + d.key()).collect(Collectors.toList()));
  }

  /**
   * A walk whose ops is a {@code static final} field of another class: javac attributes, checks
   * and lowers one class after another, so the field's class may not be attributed yet (it comes
   * later) or may be lowered already (it came first). Either way the field's {@code walk_lock} is
   * read: no internal error, no "walk_lock unknown", in every order of files and of classes.
   */
  @Test
  void aWalkOpsFieldIsReadInEveryClassOrder(@TempDir Path dir) throws IOException {
    String imports = "import org.mmlock.mm.*;\nimport static org.mmlock.mm.MmapLock.*;\n"
        + "import static org.mmlock.mm.Pagewalk.*;\n";
    String user = "class User {\n"
        + "  static int walk(MmStruct mm) {\n"
        + "    mmap_read_lock(mm);\n"
        + "    int r = walk_page_range(mm, 0, 1, Consts.RD, null);\n"
        + "    mmap_read_unlock(mm);\n"
        + "    return r;\n"
        + "  }\n"
        + "}\n";
    String consts = "class Consts {\n"
        + "  static final MmWalkOps RD = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (p, a, n, w) -> 0);\n"
        + "}\n";
    Path u = Files.writeString(Files.createDirectories(dir.resolve("two")).resolve("User.java"), imports + user);
    Path c = Files.writeString(dir.resolve("two").resolve("Consts.java"), imports + consts);
    Path userFirst = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("User.java"),
        imports + user + consts);
    Path constsFirst = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("User.java"),
        imports + consts + user);
    Path out = Files.createDirectories(dir.resolve("out"));
    String plugin = "-Xplugin:" + MmLockPlugin.NAME;
    for (List<Path> order : List.of(List.of(u, c), List.of(c, u), List.of(userFirst), List.of(constsFirst))) {
      assertEquals(List.of(), compile(order, out, plugin), "compiled in the order " + order);
    }
  }

  /**
   * Under plain javac (no sorting by the {@code ./mmlock} command), a class's diagnostics come
   * in line order even where a local class or a lambda is analysed after its method, and a call
   * the graph builder makes (a try-with-resources' {@code close()}) is reported at its
   * {@code try}, not at line 1, where its method's {@code @SuppressWarnings} applies.
   */
  @Test
  void diagnosticsComeInLineOrderAtSourceLines(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("Order.java"), "import org.mmlock.mm.*;\n"
        + "import org.mmlock.qual.*;\n"
        + "import static org.mmlock.mm.MmapLock.*;\n"
        + "class Order {\n"
        + "  static class Guard implements AutoCloseable {\n"
        + "    final MmStruct mm;\n"
        + "    Guard(MmStruct mm) { this.mm = mm; }\n"
        + "    @Releases(kind = LockKind.MMAP_READ, on = \"this.mm\")\n"
        + "    public void close() { mmap_read_unlock(mm); }\n"
        + "  }\n"
        + "  static void local(MmStruct mm) {\n"
        + "    class L { void go() { find_vma(mm, 1); } }\n"
        + "    Runnable r = () -> find_vma(mm, 2);\n"
        + "    find_vma(mm, 3);\n"
        + "  }\n"
        + "  static void closes(Guard g) {\n"
        + "    try (g) { find_vma(g.mm, 4); }\n"
        + "  }\n"
        + "  @SuppressWarnings(\"mmlock\") // this test's own\n"
        + "  static void closesSuppressed(Guard g) {\n"
        + "    try (g) { find_vma(g.mm, 5); }\n"
        + "  }\n"
        + "}\n");
    List<String> got = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d
        : diagnostics(List.of(f), Files.createDirectories(dir.resolve("out")), "-Xplugin:" + MmLockPlugin.NAME)) {
      String m = d.getMessage(Locale.ROOT);
      got.add(d.getLineNumber() + " " + m.substring(0, m.indexOf(']') + 1));
    }
    assertEquals(List.of("12 [mmap.required]", "13 [mmap.required]", "14 [mmap.required]",
        "17 [lock.release.not.held]", "17 [mmap.required]"), got);
  }

  /**
   * Under javac's command line, mmlock is no task listener while javac parses: with one, javac
   * keeps every file's comments and the end position of every tree, which its command line
   * otherwise does not and mmlock never reads. It comes back once the classes are entered, and
   * checks them.
   */
  @Test
  void javacParsesAsItDoesWithoutThePlugin(@TempDir Path dir) throws IOException {
    Path src = Files.writeString(dir.resolve("Walk.java"), "import org.mmlock.mm.*;\n"
        + "/** A class with a comment. */\n"
        + "class Walk {\n"
        + "  static VmAreaStruct f(MmStruct mm) { return MmapLock.find_vma(mm, 0); }\n"
        + "}\n");
    com.sun.tools.javac.util.Context context = new com.sun.tools.javac.util.Context();
    com.sun.tools.javac.file.JavacFileManager.preRegister(context); // as javac's main does
    StringWriter text = new StringWriter();
    new com.sun.tools.javac.main.Main("javac", new java.io.PrintWriter(text)).compile(new String[] {
        "-d", Files.createDirectories(dir.resolve("out")).toString(), "-cp", CheckRun.apiClasspath(),
        "-processorpath", processorPath(), "-Xplugin:" + MmLockPlugin.NAME, src.toString()}, context);
    assertTrue(text.toString().contains("Walk.java:4: error: [mmap.required]"), text.toString());
    com.sun.tools.javac.main.JavaCompiler compiler = com.sun.tools.javac.main.JavaCompiler.instance(context);
    assertFalse(compiler.genEndPos, "end positions kept");
    assertFalse(compiler.keepComments, "comments kept");
  }

  /**
   * Code in a named module: the API jar on the module path under its declared name
   * ({@code requires org.mmlock.annotations}), mmlock on the processor path as usual; the module's
   * classes are checked, by the plugin and by the {@code ./mmlock} command. Needs the packaged jar (as under {@code mvn verify}): the module name is
   * in its manifest, not in a classes directory.
   */
  @Test
  void aNamedModuleIsChecked(@TempDir Path dir) throws IOException {
    String api = CheckRun.apiClasspath();
    org.junit.jupiter.api.Assumptions.assumeTrue(api.endsWith(".jar"), "API not packaged: " + api);
    Path src = Files.createDirectories(dir.resolve("demo"));
    Path info = Files.writeString(dir.resolve("module-info.java"),
        "module demo {\n  requires org.mmlock.annotations;\n}\n");
    Path walk = Files.writeString(src.resolve("Walk.java"), "package demo;\n"
        + "import org.mmlock.mm.*;\n"
        + "import static org.mmlock.mm.MmapLock.*;\n"
        + "public class Walk {\n"
        + "  static VmAreaStruct unlocked(MmStruct mm) { return find_vma(mm, 0); }\n"
        + "  static long locked(MmStruct mm) {\n"
        + "    mmap_read_lock(mm);\n"
        + "    VmAreaStruct v = find_vma(mm, 0);\n"
        + "    long r = v == null ? 0 : v.vm_start;\n"
        + "    mmap_read_unlock(mm);\n"
        + "    return r;\n"
        + "  }\n"
        + "}\n");
    List<String> got = javacRun(List.of(info, walk), List.of("-d", Files.createDirectories(dir.resolve("out")).toString(),
        "--module-path", api, "-processorpath", processorPath(), "-Xplugin:" + MmLockPlugin.NAME)).stream()
        .map(d -> d.getKind() + " " + d.getLineNumber() + " " + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
        .collect(Collectors.toList());
    assertEquals(List.of("ERROR 5 [mmap.required] find_vma() called without the mmap lock"), got);
    // The ./mmlock command, given the module's sources, puts the API on the module path itself.
    assertEquals(List.of("Walk.java:5 mmap.required"), CheckRun.check(List.of(info, walk), api).stream()
        .map(d -> Path.of(d.file).getFileName() + ":" + d.line + " " + d.key()).collect(Collectors.toList()));
  }

  /**
   * javac started as a user starts it, with the repository's {@code .mvn/jvm.config} (the
   * Checker Framework's own list of exports) as {@code -J} flags and nothing more: the plugin runs
   * and reports. (An earlier version needed one export more to read the API's parameter names.)
   */
  @Test
  void theDocumentedJvmFlagsSuffice(@TempDir Path dir) throws Exception {
    String output = javacProcess(dir, processorPath());
    assertTrue(output.contains("Walk0.java:3: error: [mmap.required]"), output);
    assertFalse(output.contains("Exception") || output.contains("\tat "), output);
  }

  /**
   * A processor path that lacks a jar mmlock needs (here checker-qual, which the Checker
   * Framework's CFG builder loads at the first call it translates): one clear error for the whole
   * compilation, no javac crash, and no pretence of having checked anything.
   */
  @Test
  void aProcessorPathMissingAJarGetsOneClearError(@TempDir Path dir) throws Exception {
    assertOneClearError(javacProcess(dir, processorPathWithout(org.checkerframework.dataflow.qual.TerminatesExecution.class)));
  }

  /**
   * The same without the Checker Framework itself, which mmlock's setup needs before the first
   * class: what a processor path written {@code lib/*} gives, since javac does not expand it. It
   * used to end in javac's "An exception has occurred in the compiler" and a stack trace.
   */
  @Test
  void aProcessorPathWithoutTheFrameworkGetsOneClearError(@TempDir Path dir) throws Exception {
    assertOneClearError(javacProcess(dir, processorPathWithout(org.checkerframework.javacutil.AnnotationProvider.class)));
  }

  /** {@link #processorPath()} without the jar that holds {@code c}. */
  private static String processorPathWithout(Class<?> c) {
    String jar = Path.of(codeSource(c)).toString();
    return Arrays.stream(processorPath().split(File.pathSeparator))
        .filter(j -> !j.equals(jar)).collect(Collectors.joining(File.pathSeparator));
  }

  private static void assertOneClearError(String output) {
    assertEquals(1, output.split("mmlock cannot run", -1).length - 1, output);
    assertTrue(output.contains("missing from the processor path"), output);
    assertFalse(output.contains("\tat ") || output.contains("[mmap.required]"), output);
  }

  /**
   * javac started as a user starts it, with the repository's {@code .mvn/jvm.config} (the
   * Checker Framework's own list of exports) as {@code -J} flags and nothing more, on two files
   * that each call the API without its lock; its output once it has failed.
   */
  private static String javacProcess(Path dir, String processorPath) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    for (String flag : Files.readAllLines(Path.of("../.mvn/jvm.config"))) {
      if (!flag.isBlank()) {
        cmd.add("-J" + flag.trim());
      }
    }
    cmd.addAll(List.of("-d", dir.toString(), "-cp", CheckRun.apiClasspath(),
        "-processorpath", processorPath, "-Xplugin:" + MmLockPlugin.NAME));
    for (int i = 0; i < 2; i++) {
      Path src = dir.resolve("Walk" + i + ".java");
      Files.writeString(src, "import org.mmlock.mm.*;\n"
          + "class Walk" + i + " {\n"
          + "  static VmAreaStruct f(MmStruct mm) { return MmapLock.find_vma(mm, 0); }\n"
          + "}\n");
      cmd.add(src.toString());
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertNotEquals(0, p.waitFor(), output);
    return output;
  }

  /**
   * An {@code -Ammlock.} option mmlock does not read (a misspelling) gets a warning instead of
   * being ignored, and {@code -Ammlock.stats=false} means no statistics.
   */
  @Test
  void optionsAreReadAsWritten(@TempDir Path dir) throws IOException {
    Path src = dir.resolve("Opt.java");
    Files.writeString(src, "class Opt {}\n");
    assertEquals(List.of("WARNING mmlock: unknown option mmlock.stat (mmlock's option is mmlock.stats; see the README)"),
        allDiagnostics(src, dir, "-Ammlock.stat"));
    assertEquals(List.of(), allDiagnostics(src, dir, "-Ammlock.stats=false"));
    List<String> on = allDiagnostics(src, dir, "-Ammlock.stats");
    assertEquals(1, on.size(), on.toString());
    assertTrue(on.get(0).startsWith("NOTE mmlock: 0 bodies analysed"), on.toString());
  }

  /**
   * The statistics are the compilation's, not a file's: after an error javac would name the last
   * file it read (Maven prints that path before the note), so the note names none.
   */
  @Test
  void statsNameNoFile(@TempDir Path dir) throws IOException {
    Path src = dir.resolve("Walk.java");
    Files.writeString(src, "import org.mmlock.mm.*;\nimport static org.mmlock.mm.MmapLock.*;\n"
        + "class Walk { static void f(MmStruct mm) { find_vma(mm, 0); } }\n");
    List<String> got = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : pluginRun(src, dir, "-Ammlock.stats")) {
      got.add(d.getKind() + " " + (d.getSource() == null ? "-" : Path.of(d.getSource().toUri()).getFileName())
          + " " + d.getMessage(Locale.ROOT).substring(0, 20));
    }
    assertEquals(List.of("ERROR Walk.java [mmap.required] find", "NOTE - mmlock: 1 body analy"), got);
  }

  /** The plugin's diagnostics on one file, notes included, as "KIND message". */
  private static List<String> allDiagnostics(Path src, Path out, String option) throws IOException {
    return pluginRun(src, out, option).stream().map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }

  /** javac with the plugin and {@code option} on one file: every diagnostic, notes included. */
  private static List<Diagnostic<? extends JavaFileObject>> pluginRun(Path src, Path out, String option)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null)) {
      javac.getTask(new StringWriter(), fm, diags, List.of("-d", out.toString(), "-cp", CheckRun.apiClasspath(),
          "-processorpath", processorPath(), "-Xplugin:" + MmLockPlugin.NAME, option), null,
          fm.getJavaFileObjects(src.toFile())).call();
    }
    return diags.getDiagnostics();
  }

  private static List<String> compile(List<Path> files, Path out, String... mmlock) throws IOException {
    List<String> result = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics(files, out, mmlock)) {
      result.add(d.getKind() + " " + Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber()
          + " " + d.getMessage(Locale.ROOT));
    }
    return result.stream().sorted().collect(Collectors.toList());
  }

  /** javac in this JVM, mmlock looked up on the processor path; its diagnostics but notes, as emitted. */
  private static List<Diagnostic<? extends JavaFileObject>> diagnostics(List<Path> files, Path out,
      String... mmlock) throws IOException {
    List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-cp", CheckRun.apiClasspath(),
        "-processorpath", processorPath(), "-Xmaxerrs", "100000", "-Xmaxwarns", "100000"));
    options.addAll(List.of(mmlock));
    return javacRun(files, options);
  }

  /** javac in this JVM with {@code options}; its diagnostics but notes, as emitted. */
  private static List<Diagnostic<? extends JavaFileObject>> javacRun(List<Path> files, List<String> options)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null)) {
      javac.getTask(new StringWriter(), fm, diags, options, null,
          fm.getJavaFileObjectsFromFiles(files.stream().map(Path::toFile).collect(Collectors.toList()))).call();
    }
    return diags.getDiagnostics().stream().filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .collect(Collectors.toList());
  }

  /** The checker's classes and its runtime dependencies, as a user's processor path lists them. */
  private static String processorPath() {
    List<String> out = new ArrayList<>();
    for (Class<?> c : List.of(MmLockPlugin.class, org.checkerframework.dataflow.cfg.ControlFlowGraph.class,
        org.checkerframework.dataflow.qual.TerminatesExecution.class, org.mmlock.qual.MapsPte.class)) {
      out.add(Path.of(codeSource(c)).toString());
    }
    return String.join(File.pathSeparator, out);
  }

  private static java.net.URI codeSource(Class<?> c) {
    try {
      return c.getProtectionDomain().getCodeSource().getLocation().toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

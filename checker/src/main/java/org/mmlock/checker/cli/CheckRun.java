package org.mmlock.checker.cli;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import com.sun.source.util.JavacTask;
import org.mmlock.checker.MmLockPlugin;

/**
 * Compiles Java sources with mmlock on, in this JVM, and returns the diagnostics sorted by file,
 * line and column. Shared by the {@code ./mmlock} command and the tests. The JVM needs the
 * {@code --add-exports} flags of the README.
 */
public final class CheckRun {
  /** One diagnostic, in a form that does not depend on javac objects. */
  public static final class Diag {
    public final String file;
    public final long line;
    public final long column;
    public final Diagnostic.Kind kind;
    public final String message;
    public final String sourceLine;

    Diag(String file, long line, long column, Diagnostic.Kind kind, String message, String sourceLine) {
      this.file = file;
      this.line = line;
      this.column = column;
      this.kind = kind;
      this.message = message;
      this.sourceLine = sourceLine;
    }

    /** The rule key, when the message starts with {@code [key]}. */
    public String key() {
      if (message.startsWith("[")) {
        int end = message.indexOf(']');
        return end > 0 ? message.substring(1, end) : null;
      }
      return null;
    }

    public boolean isError() {
      return kind == Diagnostic.Kind.ERROR;
    }

    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }

    /**
     * The diagnostic as javac prints it: {@code file:line: kind: } and the first line, source line
     * and caret, then the rest.
     */
    public String format(String shownFile) {
      String kindText = isError() ? "error" : "warning";
      String[] lines = message.split("\\R", -1);
      StringBuilder sb = new StringBuilder();
      if (!file.isEmpty()) { // javac's form for a diagnostic of no file: "warning: text"
        sb.append(shownFile).append(line > 0 ? ":" + line : "").append(": ");
      }
      sb.append(kindText).append(": ").append(lines[0]).append('\n');
      if (sourceLine != null) {
        sb.append(sourceLine).append('\n');
        sb.append(" ".repeat((int) Math.max(0, column - 1))).append("^\n");
      }
      for (int i = 1; i < lines.length; i++) {
        sb.append(lines[i]).append('\n');
      }
      return sb.toString();
    }
  }

  /**
   * javac stopped without a diagnostic (it ran out of stack on a deeply nested expression, say):
   * the files were not all checked, and the command must not pass.
   */
  public static final class JavacFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JavacFailure(String javacOutput) {
      super(javacOutput.isBlank() ? "javac failed and said nothing" : shortened(javacOutput.strip()));
    }

    /** javac's output with its stack trace, if any, cut to its first frames. */
    private static String shortened(String text) {
      StringBuilder sb = new StringBuilder();
      int frames = 0;
      for (String line : text.split("\\R")) {
        if (line.startsWith("\tat ") && ++frames > 3) {
          sb.append("\t... (stack trace shortened)\n");
          break;
        }
        sb.append(line).append('\n');
      }
      return sb.toString().strip();
    }
  }

  private CheckRun() {}

  /**
   * All {@code .java} files under the given files or directories, sorted. Symbolic links are
   * followed (a directory given or reached through one is still a directory; a link back to a
   * directory above is not entered twice), and a file reached by two paths is listed once, by the
   * first in order: javac would take two copies of one class for two classes.
   */
  public static List<Path> javaFiles(List<Path> roots) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path r : roots) {
      if (Files.isDirectory(r)) {
        Files.walkFileTree(r, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE, new JavaFiles(out));
      } else {
        out.add(r);
      }
    }
    out.replaceAll(p -> p.toAbsolutePath().normalize());
    out.sort(null);
    java.util.Set<Path> real = new java.util.HashSet<>();
    List<Path> once = new ArrayList<>();
    for (Path p : out) {
      if (real.add(p.toRealPath())) {
        once.add(p);
      }
    }
    return once;
  }

  /** Collects the {@code .java} regular files of a walk; a directory loop is skipped, not fatal. */
  private static final class JavaFiles extends java.nio.file.SimpleFileVisitor<Path> {
    private final List<Path> out;

    JavaFiles(List<Path> out) {
      this.out = out;
    }

    @Override
    public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
      if (a.isRegularFile() && p.toString().endsWith(".java")) {
        out.add(p);
      }
      return java.nio.file.FileVisitResult.CONTINUE;
    }

    @Override
    public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
      if (e instanceof java.nio.file.FileSystemLoopException) {
        return java.nio.file.FileVisitResult.CONTINUE;
      }
      throw e;
    }
  }

  /**
   * Compiles {@code files} against {@code classpath} with the checker and returns every
   * diagnostic (javac's own included), sorted by file, line, column and text.
   */
  public static List<Diag> check(List<Path> files, String classpath) {
    return check(files, classpath, List.of());
  }

  /** As {@link #check(List, String)}, with extra javac options (e.g. {@code -Akey=value}). */
  public static List<Diag> check(List<Path> files, String classpath, List<String> extraOptions) {
    return check(files, classpath, extraOptions, new java.util.TreeSet<>());
  }

  /**
   * As {@link #check(List, String, List)}; the files mmlock did not check because javac reported
   * errors of its own first are added to {@code skipped}. Sources are read as UTF-8 (the
   * encoding Maven builds are usually told to use), not in the platform's default, unless
   * {@code extraOptions} give {@code -encoding}.
   */
  public static List<Diag> check(List<Path> files, String classpath, List<String> extraOptions,
      java.util.Set<java.net.URI> skipped) {
    return check(files, classpath, extraOptions, skipped, new ArrayList<>());
  }

  /**
   * As {@link #check(List, String, List, java.util.Set)}; the checker's own notes (its
   * {@code -Ammlock.stats} account, which names no file) are added to {@code notes}, in the
   * order given. javac's notes are dropped.
   */
  public static List<Diag> check(List<Path> files, String classpath, List<String> extraOptions,
      java.util.Set<java.net.URI> skipped, List<String> notes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    List<Diag> out = new ArrayList<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null)) {
      List<File> sources = files.stream().map(Path::toFile).collect(Collectors.toList());
      List<String> options = new ArrayList<>(List.of("-proc:none", pathOption(files), classpath,
          "-Xmaxerrs", "100000", "-Xmaxwarns", "100000", "-implicit:none"));
      if (!extraOptions.contains("-encoding")) {
        options.addAll(List.of("-encoding", "UTF-8"));
      }
      options.addAll(extraOptions);
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromFiles(sources);
      StringWriter javacOutput = new StringWriter();
      JavaCompiler.CompilationTask task = javac.getTask(javacOutput, fm, diags, options, null, units);
      java.util.Set<java.net.URI> notChecked = MmLockPlugin.attach((JavacTask) task, true, units);
      boolean ok;
      try {
        ok = task.call();
      } catch (RuntimeException crash) {
        throw new JavacFailure(javacOutput + crash.toString());
      }
      skipped.addAll(notChecked);
      if (!ok && diags.getDiagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR)) {
        throw new JavacFailure(javacOutput.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.NOTE) {
        if (d.getSource() == null && d.getMessage(Locale.ROOT).startsWith("mmlock:")) {
          notes.add(d.getMessage(Locale.ROOT));
        }
        continue;
      }
      String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).toString();
      out.add(new Diag(file, d.getLineNumber(), d.getColumnNumber(), d.getKind(),
          d.getMessage(Locale.ROOT), sourceLine(d)));
    }
    out.sort(Comparator.comparing((Diag d) -> d.file).thenComparingLong(d -> d.line)
        .thenComparingLong(d -> d.column).thenComparing(d -> d.message));
    return out;
  }

  /**
   * Sources with a {@code module-info.java} are a named module: the API (which it reads as
   * {@code org.mmlock.annotations}) and its dependencies go on the module path, as its build puts
   * them.
   */
  private static String pathOption(List<Path> files) {
    for (Path f : files) {
      if (f.getFileName().toString().equals("module-info.java")) {
        return "--module-path";
      }
    }
    return "-classpath";
  }

  private static String sourceLine(Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null || d.getLineNumber() <= 0) {
      return null;
    }
    try {
      String text = d.getSource().getCharContent(true).toString();
      String[] lines = text.split("\\R", -1);
      long n = d.getLineNumber();
      return n <= lines.length ? lines[(int) n - 1] : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Extra javac options a test directory asks for in its {@code options.txt} (e.g. {@code -Akey=value}). */
  public static List<String> dirOptions(Path dir) throws IOException {
    Path o = dir.resolve("options.txt");
    if (!Files.isDirectory(dir) || !Files.exists(o)) {
      return List.of();
    }
    String text = Files.readString(o).trim();
    return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
  }

  /** The class path entries of this JVM that hold the simulated API and annotations. */
  public static String apiClasspath() {
    List<String> out = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (e.contains("mmlock-annotations") || e.replace('\\', '/').endsWith("annotations/target/classes")) {
        out.add(e);
      }
    }
    return String.join(File.pathSeparator, out);
  }
}

package org.mmlock.checker.bench;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import com.sun.source.util.JavacTask;
import org.mmlock.checker.MmLockPlugin;

/**
 * Times how long mmlock takes to check one file, in this JVM: the file is compiled in full
 * ({@code -d}, classes written) with and without the checker, alternating, and the checker's
 * time is the difference of the medians over {@code REPS} pairs, after three warm-up pairs (so
 * class loading and JIT warm-up are not counted: the runner measures the cold process apart).
 * Prints a JSON array, one object per file.
 *
 * <p>Usage: {@code PathologicalTimer CLASSPATH REPS FILE...}; the JVM needs the
 * {@code --add-exports} flags of {@code .mvn/jvm.config}.
 */
public final class PathologicalTimer {
  private PathologicalTimer() {}

  public static void main(String[] args) throws IOException {
    String cp = args[0];
    int reps = Integer.parseInt(args[1]);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path out = Files.createTempDirectory("mmlock-patho");
    List<String> lines = new ArrayList<>();
    for (int a = 2; a < args.length; a++) {
      Path f = Path.of(args[a]);
      for (int w = 0; w < 3; w++) { // warm-up pairs, not counted
        compile(javac, f, cp, out, false);
        compile(javac, f, cp, out, true);
      }
      double[] plain = new double[reps];
      double[] mm = new double[reps];
      for (int i = 0; i < reps; i++) {
        plain[i] = compile(javac, f, cp, out, false);
        mm[i] = compile(javac, f, cp, out, true);
      }
      double warm = median(mm) - median(plain);
      lines.add(String.format(Locale.ROOT,
          "{\"file\": \"%s\", \"warm_plain_s\": %.3f, \"warm_mmlock_s\": %.3f, \"warm_checker_s\": %.3f, \"reps\": %d}",
          f.getFileName(), median(plain), median(mm), warm, reps));
    }
    CorpusGenerator.deleteTree(out);
    System.out.println("[" + String.join(",\n ", lines) + "]");
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** Wall seconds of one full compilation of {@code f}; fails loudly on any diagnostic. */
  static double compile(JavaCompiler javac, Path f, String cp, Path out, boolean mmlock) throws IOException {
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null)) {
      List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-cp", cp, "-proc:none"));
      JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), fm, diags, options, null,
          fm.getJavaFileObjectsFromFiles(List.of(new File(f.toString()))));
      if (mmlock) {
        MmLockPlugin.attach((JavacTask) task, false, null);
      }
      long t0 = System.nanoTime();
      boolean ok = task.call();
      double s = (System.nanoTime() - t0) / 1e9;
      if (!ok || diags.getDiagnostics().stream().anyMatch(d -> d.getKind() != javax.tools.Diagnostic.Kind.NOTE)) {
        throw new IllegalStateException(f + ": " + diags.getDiagnostics());
      }
      return s;
    }
  }
}

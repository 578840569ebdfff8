package org.mmlock.checker.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code mmlock check [--classpath CP] PATH...}: compiles the Java files under each PATH against
 * the simulated mm API with mmlock on, prints the diagnostics in javac's form ordered by file and
 * line, then {@code N errors, M warnings in K files}. Exit 0 clean, 1 violations found, 2 usage
 * or setup error.
 */
public final class Main {
  static final String USAGE = "usage: mmlock check [--classpath CP] [--encoding ENC] [-Akey[=value]]... PATH...\n"
      + "       mmlock verify [--classpath CP] [--encoding ENC] [-Akey[=value]]... PATH...\n"
      + "  check:  checks the .java files under each PATH (files or directories) with mmlock.\n"
      + "  verify: checks them and compares with their '// :: error: [key]' expectations\n"
      + "          (a directory's options.txt adds javac options, e.g. -Akey=value).\n"
      + "  --classpath CP   extra class path for the checked code's own dependencies\n"
      + "  --encoding ENC   the sources' encoding (default UTF-8)\n"
      + "  -Akey[=value]    an option for mmlock, as javac takes it (-Ammlock.stats: the checker's\n"
      + "                   own time, printed on stderr)\n"
      + "  exit status: 0 clean (warnings do not fail it), 1 errors found, 2 usage or setup error\n"
      + "               or javac stopped";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
      (args.length == 0 ? err : out).println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    if (!args[0].equals("check") && !args[0].equals("verify")) {
      err.println("mmlock: unknown command '" + args[0] + "'\n" + USAGE);
      return 2;
    }
    String extra = "";
    String encoding = "UTF-8";
    List<String> processorOptions = new ArrayList<>();
    List<Path> roots = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--classpath") || args[i].equals("-cp")) {
        if (i + 1 >= args.length) {
          err.println("mmlock: --classpath needs a value\n" + USAGE);
          return 2;
        }
        extra = args[++i];
      } else if (args[i].equals("--encoding")) {
        if (i + 1 >= args.length || !java.nio.charset.Charset.isSupported(args[i + 1])) {
          err.println("mmlock: --encoding needs a character set this JVM supports (UTF-8, ISO-8859-1, ...)\n" + USAGE);
          return 2;
        }
        encoding = args[++i];
      } else if (args[i].startsWith("-A")) {
        if (args[i].length() == 2 || args[i].startsWith("-A=")) {
          err.println("mmlock: '" + args[i] + "' names no option: write -Akey or -Akey=value\n" + USAGE);
          return 2;
        }
        processorOptions.add(args[i]);
      } else if (args[i].startsWith("-")) {
        err.println("mmlock: unknown option '" + args[i] + "'\n" + USAGE);
        return 2;
      } else {
        Path p = Path.of(args[i]);
        if (!Files.exists(p)) {
          err.println("mmlock: no such file or directory: " + args[i]);
          return 2;
        }
        if (!Files.isDirectory(p) && !args[i].endsWith(".java")) {
          err.println("mmlock: not a .java file or a directory: " + args[i]);
          return 2;
        }
        roots.add(p);
      }
    }
    if (roots.isEmpty()) {
      err.println("mmlock: no PATH given\n" + USAGE);
      return 2;
    }
    try {
      List<String> options = new ArrayList<>(List.of("-encoding", encoding));
      options.addAll(processorOptions);
      return args[0].equals("verify") ? verify(roots, extra, options, out, err)
          : check(roots, extra, options, out, err);
    } catch (CheckRun.JavacFailure e) {
      err.println("mmlock: javac stopped, so the files were not all checked:\n" + e.getMessage());
      return 2;
    }
  }

  /** The .java files under {@code roots}; null (after saying why) when there are none. */
  private static List<Path> files(List<Path> roots, PrintStream err) {
    try {
      List<Path> files = CheckRun.javaFiles(roots);
      if (files.isEmpty()) {
        err.println("mmlock: no .java files under " + roots);
        return null;
      }
      return files;
    } catch (IOException e) {
      err.println("mmlock: cannot list files: " + e.getMessage());
      return null;
    }
  }

  /** Compares each file's expectations with what is reported; exit 1 on any difference. */
  private static int verify(List<Path> roots, String extra, List<String> javacOptions,
      PrintStream out, PrintStream err) {
    List<Path> files = files(roots, err);
    if (files == null) {
      return 2;
    }
    try {
      String api = CheckRun.apiClasspath();
      List<String> options = new ArrayList<>(javacOptions);
      for (Path r : roots) {
        options.addAll(CheckRun.dirOptions(r));
      }
      List<String> notes = new ArrayList<>();
      List<CheckRun.Diag> diags = CheckRun.check(files, classpath(api, extra), options, new java.util.TreeSet<>(),
          notes);
      printNotes(notes, err);
      Path cwd = Path.of("").toAbsolutePath();
      int bad = 0;
      for (CheckRun.Diag d : Expectations.compileErrors(diags)) {
        out.print("does not compile: " + d.format(shown(d.file, cwd)));
        bad++;
      }
      for (Path file : files) {
        String f = shown(file.toString(), cwd);
        List<String> want = Expectations.read(file, charset(javacOptions));
        List<String> got = Expectations.actual(diags, file);
        List<String> missing = Expectations.minus(want, got);
        List<String> unexpected = Expectations.minus(got, want);
        List<String> unusable = Expectations.unusable(file, charset(javacOptions));
        for (String u : unusable) {
          out.println(f + ":" + u);
        }
        for (String m : missing) {
          out.println(f + ":" + m + "  MISSING");
        }
        for (String u : unexpected) {
          out.println(f + ":" + u + "  UNEXPECTED");
          for (CheckRun.Diag d : diags) {
            if (d.file.equals(file.toString()) && u.startsWith(d.line + ":")) {
              out.print("    " + d.message.replace("\n", "\n    ") + "\n");
            }
          }
        }
        bad += unusable.size() + missing.size() + unexpected.size();
      }
      out.println(bad == 0 ? "verify: all expectations met in " + count(files.size(), "file")
          : "verify: " + count(bad, "difference"));
      return bad == 0 ? 0 : 1;
    } catch (IOException e) {
      err.println("mmlock: " + e.getMessage());
      return 2;
    }
  }

  private static int check(List<Path> roots, String extra, List<String> javacOptions,
      PrintStream out, PrintStream err) {
    String api = CheckRun.apiClasspath();
    if (api.isEmpty()) {
      err.println("mmlock: the simulated mm API (mmlock-annotations) is not on the class path; run ./mmlock from the repository");
      return 2;
    }
    List<Path> files = files(roots, err);
    if (files == null) {
      return 2;
    }
    java.util.Set<java.net.URI> skipped = new java.util.TreeSet<>();
    List<String> notes = new ArrayList<>();
    List<CheckRun.Diag> diags = CheckRun.check(files, classpath(api, extra), javacOptions, skipped, notes);
    printNotes(notes, err);
    int errors = 0;
    int warnings = 0;
    Set<String> withDiags = new HashSet<>();
    Path cwd = Path.of("").toAbsolutePath();
    for (CheckRun.Diag d : diags) {
      out.print(d.format(shown(d.file, cwd)));
      if (d.isError()) {
        errors++;
      } else {
        warnings++;
      }
      withDiags.add(d.file);
    }
    out.println(count(errors, "error") + ", " + count(warnings, "warning") + " in " + count(files.size(), "file"));
    if (!skipped.isEmpty()) {
      err.println("mmlock: after javac's own errors, mmlock did not check " + count(skipped.size(), "file")
          + ": " + shownAll(skipped, cwd) + ". Fix javac's errors and run again.");
    }
    return errors > 0 ? 1 : 0;
  }

  /** The API's class path, then the checked code's own dependencies ({@code --classpath}), if any. */
  private static String classpath(String api, String extra) {
    return extra.isEmpty() ? api : api + File.pathSeparator + extra;
  }

  /** {@code n} and the noun, plural unless {@code n} is 1: "1 file", "2 files". */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The checker's own notes ({@code -Ammlock.stats}), on stderr: they are not diagnostics. */
  private static void printNotes(List<String> notes, PrintStream err) {
    for (String n : notes) {
      err.println(n);
    }
  }

  /** The files, as {@link #shown} names them, comma-separated. */
  private static String shownAll(java.util.Set<java.net.URI> files, Path cwd) {
    StringBuilder sb = new StringBuilder();
    for (java.net.URI u : files) {
      sb.append(sb.length() == 0 ? "" : ", ").append(shown(Path.of(u).toString(), cwd));
    }
    return sb.toString();
  }

  /** The character set the options name with {@code -encoding}. */
  private static java.nio.charset.Charset charset(List<String> javacOptions) {
    int i = javacOptions.lastIndexOf("-encoding");
    return java.nio.charset.Charset.forName(javacOptions.get(i + 1));
  }

  private static String shown(String file, Path cwd) {
    if (file.isEmpty()) {
      return "";
    }
    Path p = Path.of(file);
    return p.startsWith(cwd) ? cwd.relativize(p).toString() : file;
  }
}

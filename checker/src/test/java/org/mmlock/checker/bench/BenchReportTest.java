package org.mmlock.checker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/run --report} (bench/bench.py) writes a run's table again from its raw runs, with
 * each wall-time line's interval from the rounds drawn again: a line whose runs straddle its
 * limit is marked as within noise, one far from it is not, and the same runs give the same table.
 * Skipped where {@code python3} is not installed (the benchmark needs it; the build does not).
 */
class BenchReportTest {
  @TempDir Path tmp;

  @Test
  void marksLinesWhoseIntervalHoldsTheLimit() throws Exception {
    assumeTrue(Python.installed(), "python3 is not installed");
    Path json = tmp.resolve("r.json");
    Files.writeString(json, "{\"date\": \"2026-01-01 00:00\", \"seed\": 7, \"heap\": \"6g\","
        + " \"environment\": {\"platform\": \"p\", \"cpus\": 2, \"java\": \"17\", \"commit\": \"abc1234\"},"
        + " \"runs_note\": \"5\", \"command\": \"bench/run\", \"json_name\": \"r.json\", \"elapsed_s\": 60,"
        + " \"scaling\": {}, \"pathological\": [], \"corpora\": ["
        // dense: every mmlock run 1.30-1.35x javac's, far under 1.50
        + row("dense", new double[] {2, 2, 2, 2, 2}, new double[] {2.6, 2.6, 2.7, 2.6, 2.7}) + ","
        // mixed: mmlock runs 1.05-1.15x javac's, their median 1.10: the limit is inside
        + row("mixed", new double[] {4, 4, 4, 4, 4}, new double[] {4.2, 4.6, 4.3, 4.5, 4.4}) + "]}");

    String first = report(json);
    String table = Files.readString(tmp.resolve("r.md"));
    assertTrue(line(table, "dense-100: mmlock wall").matches(
        "\\| dense-100: mmlock wall ≤ 1\\.50× javac \\| 1\\.300 \\| 1\\.3\\d\\d–1\\.3\\d\\d \\| 1\\.5 \\| pass \\|  \\|"),
        table);
    assertTrue(line(table, "mixed-100: mmlock wall").matches(
        "\\| mixed-100: mmlock wall ≤ 1\\.10× javac \\| 1\\.100 \\| 1\\.0\\d\\d–1\\.1\\d\\d \\| 1\\.1 \\| pass \\| within noise \\|"),
        table);
    assertEquals(first, report(json), "the same runs give the same table");
  }

  @Test
  void poolsTheRoundsOfSeveralRuns() throws Exception {
    assumeTrue(Python.installed(), "python3 is not installed");
    // Run a passes mixed-100 (1.05x), run b, earlier, fails it (1.20x): together 1.125x.
    Path a = tmp.resolve("a.json");
    Files.writeString(a, run("2026-01-02 00:00", "aaaaaaa",
        row("dense", new double[] {2, 2, 2}, new double[] {2.6, 2.6, 2.6}) + ","
        + row("mixed", new double[] {4, 4, 4}, new double[] {4.2, 4.2, 4.2})));
    Path b = tmp.resolve("b.json");
    Files.writeString(b, run("2026-01-01 00:00", "bbbbbbb",
        row("dense", new double[] {2, 2, 2}, new double[] {2.8, 2.8, 2.8}) + ","
        + row("mixed", new double[] {4, 4, 4}, new double[] {4.8, 4.8, 4.8})));

    Process p = new ProcessBuilder("python3", "../bench/bench.py", "--root", "..", "--pool",
        a.toString(), b.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));

    assertEquals(1, p.exitValue(), "a pooled line fails: " + out);
    assertTrue(out.startsWith("Pooled runs: `bbbbbbb` (2026-01-01 00:00), `aaaaaaa` (2026-01-02 00:00)"), out);
    assertTrue(line(out, "dense-100 |").matches(
        "\\| dense-100 \\| 1\\.400 / 1\\.300 \\| 6 \\| 1\\.350 \\| 1\\.\\d{3}–1\\.\\d{3} \\| 1\\.350 \\| 1\\.50 \\| pass \\|"),
        out);
    assertTrue(line(out, "mixed-100 |").matches(
        "\\| mixed-100 \\| 1\\.200 / 1\\.050 \\| 6 \\| 1\\.125 \\| 1\\.\\d{3}–1\\.\\d{3} \\| 1\\.125 \\| 1\\.10 \\| \\*\\*FAIL\\*\\* \\|"),
        out);
  }

  @Test
  void poolsRatiosToEachRunsOwnJavacNotSeconds() throws Exception {
    assumeTrue(Python.installed(), "python3 is not installed");
    // Run a, on a fast machine: mixed-100 at 1.20x; run b, twice as slow: 1.00x. Each round's
    // ratio is 1.20 or 1.00, so the pool is 1.100x. Pooling seconds would give 3.2 s / 3 s.
    Path a = tmp.resolve("fast.json");
    Files.writeString(a, run("2026-01-01 00:00", "aaaaaaa",
        row("mixed", new double[] {2, 2, 2}, new double[] {2.4, 2.4, 2.4})));
    Path b = tmp.resolve("slow.json");
    Files.writeString(b, run("2026-01-02 00:00", "bbbbbbb",
        row("mixed", new double[] {4, 4, 4}, new double[] {4, 4, 4})));

    Process p = new ProcessBuilder("python3", "../bench/bench.py", "--root", "..", "--pool",
        a.toString(), b.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));

    assertEquals(0, p.exitValue(), "1.100x meets the 1.10x line: " + out);
    assertTrue(line(out, "mixed-100 |").matches(
        "\\| mixed-100 \\| 1\\.200 / 1\\.000 \\| 6 \\| 1\\.100 \\| 1\\.\\d{3}–1\\.\\d{3} \\| 1\\.100 \\| 1\\.10 \\| pass \\|"),
        out);
  }

  private static String run(String date, String commit, String rows) {
    return "{\"date\": \"" + date + "\", \"seed\": 7, \"heap\": \"6g\","
        + " \"environment\": {\"platform\": \"p\", \"cpus\": 2, \"java\": \"17\", \"commit\": \"" + commit + "\"},"
        + " \"corpora\": [" + rows + "]}";
  }

  private String report(Path json) throws Exception {
    Process p = new ProcessBuilder("python3", "../bench/bench.py", "--root", "..", "--report",
        json.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  private static String line(String table, String start) {
    return table.lines().filter(l -> l.startsWith("| " + start)).findFirst().orElse("(none)");
  }

  private static String row(String kind, double[] javac, double[] mmlock) {
    return "{\"kind\": \"" + kind + "\", \"files\": 100,"
        + " \"manifest\": {\"files\": 100, \"lines\": 1000, \"methods\": 10, \"mm_methods\": 1},"
        + " \"configs\": {\"javac\": " + config(javac) + ", \"mmlock\": " + config(mmlock) + ","
        + " \"mmlock-processor\": null, \"lockchecker\": null}}";
  }

  private static String config(double[] walls) {
    double median = DoubleStream.of(walls).sorted().toArray()[walls.length / 2];
    String runs = DoubleStream.of(walls)
        .mapToObj(w -> "{\"wall_s\": " + w + ", \"cpu_s\": " + 2 * w + ", \"rss_mb\": 300}")
        .collect(Collectors.joining(", "));
    return "{\"runs\": " + walls.length + ", \"wall_s\": " + median + ", \"cpu_s\": " + 2 * median
        + ", \"rss_mb\": 300, \"all\": [" + runs + "]}";
  }
}

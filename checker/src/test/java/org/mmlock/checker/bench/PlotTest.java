package org.mmlock.checker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/run --plot} (bench/plot.py) draws a PNG that an image reader decodes, with a line
 * in each configuration's colour and nothing drawn for a configuration that did not run. Skipped
 * where {@code python3} is not installed (the benchmark needs it; the build does not).
 */
class PlotTest {
  private static final int JAVAC = 0x464646;
  private static final int MMLOCK = 0x1f77b4;
  private static final int LOCK_CHECKER = 0xd62728;

  @TempDir Path tmp;

  @Test
  void drawsEveryConfigurationThatRan() throws Exception {
    Path json = tmp.resolve("r.json");
    Files.writeString(json, "{\"date\": \"2026-01-01 00:00\", \"seed\": 1,"
        + " \"environment\": {\"commit\": \"abc1234\", \"cpus\": 2},"
        + " \"corpora\": [" + row("dense", 100, 2.0, 2.8) + "," + row("dense", 400, 5.0, 7.0) + ","
        + row("mixed", 100, 5.0, 5.5) + "," + row("mixed", 400, 11.0, 12.0) + "]}");
    assumeTrue(Python.installed(), "python3 is not installed");
    Process p = new ProcessBuilder("python3", "../bench/bench.py", "--root", "..", "--plot",
        json.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);

    BufferedImage png = ImageIO.read(tmp.resolve("r.png").toFile());
    assertEquals(1200, png.getWidth());
    assertEquals(600, png.getHeight());
    assertTrue(count(png, JAVAC) > 200, "plain javac's line");
    assertTrue(count(png, MMLOCK) > 200, "mmlock's line");
    assertEquals(0, count(png, LOCK_CHECKER), "the Lock Checker did not run: nothing drawn for it");
  }

  private static String row(String kind, int files, double javac, double mmlock) {
    return "{\"kind\": \"" + kind + "\", \"files\": " + files + ", \"configs\": {"
        + "\"javac\": {\"wall_s\": " + javac + "}, \"mmlock\": {\"wall_s\": " + mmlock + "},"
        + " \"mmlock-processor\": null, \"lockchecker\": {\"wall_s\": null}}}";
  }

  private static int count(BufferedImage img, int rgb) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        n += (img.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
      }
    }
    return n;
  }
}

package org.mmlock.checker;

/**
 * A source file of control-flow shapes that make phase three work: empty blocks in every position
 * (empty branches, bodies, loops that never end, empty {@code try} parts), blocks that can merge,
 * jumps out of {@code finally}, {@code switch} statements and expressions, and one long
 * {@code switch} whose cases all end at one block ({@code longSwitch}).
 */
final class Shapes {
  /** How many methods with bodies {@link #source} writes (lambdas and initializers not counted). */
  static final int METHODS = 20;

  private Shapes() {}

  static String source(int cases) {
    StringBuilder sb = new StringBuilder();
    sb.append("import org.mmlock.mm.*;\n")
        .append("import static org.mmlock.mm.MmapLock.*;\n")
        .append("class Shapes {\n")
        .append("  int field = 3 > 2 ? 1 : 0;\n")
        .append("  { if (field > 0) {} else {} }\n")
        .append("  static { for (int i = 0; i < 2; i++) {} }\n")
        .append("  static int emptyBranches(boolean a, boolean b) {\n")
        .append("    int x = 0;\n")
        .append("    if (a) {} else {}\n")
        .append("    if (a) {} \n")
        .append("    if (a && b) { } else if (a || b) { x++; } else { }\n")
        .append("    { { } }\n")
        .append("    return x;\n")
        .append("  }\n")
        .append("  static void spin() { for (;;) {} }\n")
        .append("  static void spinWhile() { while (true) {} }\n")
        .append("  static void spinDo() { do {} while (true); }\n")
        .append("  static void spinDoBody(int k) { do { k++; } while (true); }\n")
        .append("  static int loops(int n) {\n")
        .append("    int s = 0;\n")
        .append("    outer: for (int i = 0; i < n; i++) {\n")
        .append("      for (int j = 0; j < n; j++) { if (j == i) continue outer; if (j > 5) break outer; }\n")
        .append("      while (s < 0) {}\n")
        .append("      do { s++; } while (s < 3);\n")
        .append("    }\n")
        .append("    for (int v : new int[] {1, 2}) { s += v; }\n")
        .append("    return s;\n")
        .append("  }\n")
        .append("  static int tries(int k) {\n")
        .append("    try { } catch (RuntimeException e) { } finally { }\n")
        .append("    try { k = k / (k - 1); } catch (ArithmeticException e) { k = 0; } finally { k++; }\n")
        .append("    try { if (k > 1) return k; } finally { k--; }\n")
        .append("    for (int i = 0; i < k; i++) { try { if (i == 2) break; continue; } finally { k++; } }\n")
        .append("    try { throw new IllegalStateException(); } catch (IllegalStateException | IllegalArgumentException e) { }\n")
        .append("    return k;\n")
        .append("  }\n")
        .append("  static int withResources() throws Exception {\n")
        .append("    try (AutoCloseable c = () -> {}) { } \n")
        .append("    return 1;\n")
        .append("  }\n")
        .append("  static int nestedFinally(int k) {\n")
        .append("    try { try { return k; } finally { if (k > 0) { } } } finally { k++; }\n")
        .append("  }\n")
        .append("  static String switches(int k, String s, java.util.concurrent.TimeUnit u) {\n")
        .append("    switch (k) { case 1: case 2: k++; case 3: break; default: }\n")
        .append("    switch (k) { }\n")
        .append("    switch (s) { case \"a\": return \"A\"; case \"b\": break; default: k--; }\n")
        .append("    switch (u) { case SECONDS: k++; break; case DAYS: default: k--; }\n")
        .append("    int y = switch (k) { case 0 -> 1; case 1 -> { k++; yield 2; } default -> 3; };\n")
        .append("    switch (k) { case 0 -> { } case 1 -> k++; default -> { } }\n")
        .append("    return s + y;\n")
        .append("  }\n")
        .append("  static boolean conditions(int a, int b) {\n")
        .append("    boolean c = a > b && (b > 0 || a < 0) ? !(a == b) : a != b;\n")
        .append("    assert a > 0 : \"a\";\n")
        .append("    while (a > 0 && b > 0) { a--; b--; }\n")
        .append("    return c;\n")
        .append("  }\n")
        .append("  static void throwing(Object o) {\n")
        .append("    if (o == null) throw new NullPointerException();\n")
        .append("    synchronized (o) { if (o.hashCode() > 0) { } }\n")
        .append("    String t = o instanceof String ? (String) o : \"\";\n")
        .append("    if (o instanceof Integer i && i > 0) { } \n")
        .append("  }\n")
        .append("  static int afterReturn(int k) { if (k > 0) { return 1; } else { return 2; } }\n")
        .append("  static void lambdas(java.util.List<Integer> l) {\n")
        .append("    l.forEach(i -> { if (i > 0) { } });\n")
        .append("    Runnable r = () -> { for (;;) { } };\n")
        .append("    java.util.function.IntUnaryOperator f = i -> i > 0 ? i : -i;\n")
        .append("    new Object() { int g() { return 1; } };\n")
        .append("  }\n")
        .append("  static void locked(MmStruct mm, boolean a) {\n")
        .append("    mmap_read_lock(mm);\n")
        .append("    if (a) { } else { mmap_read_unlock(mm); mmap_read_lock(mm); }\n")
        .append("    mmap_read_unlock(mm);\n")
        .append("  }\n")
        .append("  static void voidReturns(int k) { if (k > 0) return; k++; if (k < 0) { return; } }\n")
        .append("  static int ternaryChain(int k) { return k > 2 ? 2 : k > 1 ? 1 : k > 0 ? 0 : -1; }\n")
        .append("  static void empty() { }\n")
        .append("  static int longSwitch(MmStruct mm, int k) {\n")
        .append("    int x = 0;\n")
        .append("    mmap_read_lock(mm);\n")
        .append("    switch (k) {\n");
    for (int i = 0; i < cases; i++) {
      sb.append("      case ").append(i).append(": x += ").append(i).append("; break;\n");
    }
    sb.append("    }\n")
        .append("    mmap_read_unlock(mm);\n")
        .append("    return x;\n")
        .append("  }\n")
        .append("}\n");
    return sb.toString();
  }
}

package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.mmlock.checker.cli.CheckRun;

/**
 * Which expressions the CFG builder may keep as one opaque value: arithmetic on numeric
 * literals and locals only. Anything the analysis reads stays: a field (and so the
 * {@code vm_flags & VM_MAYSHARE} test), a constant, a boolean local (a trylock's result), a
 * call, a {@code null} test, an assignment inside.
 */
class ArithmeticTest {
  private static final String SOURCE = String.join("\n",
      "import org.mmlock.mm.*;",
      "import static org.mmlock.mm.Kernel.*;",
      "class E {",
      "  static void m(VmAreaStruct vma, long addr, int mode, boolean ok, Object o) {",
      "    long fl = vma.vm_flags;",
      "    int i = 0;",
      "    boolean yes1 = addr % 17 == 1;",
      "    long yes2 = addr * 31 + (fl & 0xfffL) - -mode;",
      "    boolean yes3 = addr > 0 && (mode < 3 || !(mode == 7));",
      "    long yes4 = ~addr >>> 3;",
      "    boolean no1 = (fl & VM_MAYSHARE) != 0;",
      "    long no2 = vma.vm_end - addr;",
      "    boolean no3 = ok && addr > 0;",
      "    boolean no4 = o == null;",
      "    long no5 = addr + Math.abs(mode);",
      "    int no6 = i++ + 1;",
      "    String no7 = \"a\" + mode;",
      "    long no8 = addr + PAGE_SIZE;",
      "  }",
      "}", "");

  @Test
  void onlyArithmeticOnNumericLiteralsAndLocalsIsOpaque() throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    SimpleJavaFileObject file = new SimpleJavaFileObject(URI.create("string:///E.java"),
        javax.tools.JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignore) {
        return SOURCE;
      }
    };
    JavacTask task = (JavacTask) javac.getTask(null, null, null,
        List.of("-proc:none", "-cp", CheckRun.apiClasspath()), null, List.of(file));
    Iterable<? extends CompilationUnitTree> units = task.parse();
    task.analyze();
    Map<String, Boolean> opaque = new TreeMap<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree v, Void p) {
        String name = v.getName().toString();
        if (name.startsWith("yes") || name.startsWith("no")) {
          opaque.put(name, Arithmetic.opaque(v.getInitializer()));
        }
        return super.visitVariable(v, p);
      }
    }.scan(units, null);
    Map<String, Boolean> expected = new TreeMap<>();
    for (String n : List.of("yes1", "yes2", "yes3", "yes4")) {
      expected.put(n, true);
    }
    for (String n : List.of("no1", "no2", "no3", "no4", "no5", "no6", "no7", "no8")) {
      expected.put(n, false);
    }
    assertEquals(expected, opaque);
  }
}

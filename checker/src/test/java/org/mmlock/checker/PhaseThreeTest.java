package org.mmlock.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.UnderlyingAST;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.builder.CFGTranslationPhaseThree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmlock.checker.cli.CheckRun;

/**
 * {@link PhaseThree} makes the graph the framework's phase three makes. Every body (method,
 * lambda, field initializer, initializer block) of every test input, of the examples, and of a file
 * of awkward shapes written here is built twice, by two builders that see the same bodies in the
 * same order, once finished by {@link PhaseThree} and once by {@code CFGTranslationPhaseThree}; the
 * two graphs, written out by {@link GraphText}, must be the same text. Each body is built with and
 * without exceptional edges ({@code mayHaveHandlers}), the two forms phase one makes.
 */
class PhaseThreeTest {
  @Test
  void theFieldItReadsIsThere() {
    assertTrue(Predecessors.readable(), "BlockImpl.predecessors: without it the framework's pass runs");
  }

  @Test
  void everyTestInputAndExampleGetsTheFrameworksGraph() throws IOException {
    List<String> differ = new ArrayList<>();
    int bodies = 0;
    for (Path dir : RuleTests.dirs()) {
      bodies += compare(CheckRun.javaFiles(List.of(dir)), differ);
    }
    bodies += compare(CheckRun.javaFiles(List.of(Path.of("../examples/src"))), differ);
    assertEquals(List.of(), differ);
    assertTrue(bodies > 1000, bodies + " bodies compared");
  }

  @Test
  void awkwardShapesGetTheFrameworksGraph(@TempDir Path dir) throws IOException {
    Path src = dir.resolve("Shapes.java");
    Files.writeString(src, Shapes.source(300));
    List<String> differ = new ArrayList<>();
    int bodies = compare(List.of(src), differ);
    assertEquals(List.of(), differ);
    assertTrue(bodies >= 2 * Shapes.METHODS, bodies + " bodies compared");
  }

  /**
   * A method with a 2,000-case {@code switch} whose cases all end at one block gets a graph (the
   * framework's pass took minutes). How long it takes is measured outside the tests (README, Cost).
   */
  @Test
  void aLongSwitchIsBuilt(@TempDir Path dir) throws IOException {
    Path src = dir.resolve("Shapes.java");
    Files.writeString(src, Shapes.source(2000));
    List<ControlFlowGraph> built = new ArrayList<>();
    for (Body b : bodies(List.of(src))) {
      if (b.name.equals("longSwitch")) {
        built.add(b.cfgs.build(b.path, b.ast, false));
      }
    }
    assertEquals(1, built.size());
    int joins = 0;
    for (Block blk : built.get(0).getAllBlocks()) {
      if (blk.getPredecessors().size() >= 2000) {
        joins++;
      }
    }
    assertEquals(1, joins, "the block all 2,000 cases end at");
  }

  /** Compares the two graphs of each body of {@code files}; returns how many were compared. */
  private static int compare(List<Path> files, List<String> differ) throws IOException {
    List<Body> all = bodies(files);
    if (all.isEmpty()) {
      return 0;
    }
    Cfgs theirs = new Cfgs(all.get(0).env);
    int n = 0;
    for (Body b : all) {
      for (boolean handlers : new boolean[] {false, true}) {
        ControlFlowGraph ours = b.cfgs.phasesOneAndTwo(b.path, b.ast, handlers);
        ControlFlowGraph ref = theirs.phasesOneAndTwo(b.path, b.ast, handlers);
        String where = b.where + (handlers ? " (with exceptional edges)" : "");
        String before = GraphText.of(ref);
        if (!GraphText.of(ours).equals(before)) {
          differ.add(where + ": the two builders' phase-two graphs differ; nothing compared");
          continue;
        }
        String expected = GraphText.of(CFGTranslationPhaseThree.process(ref));
        String actual = GraphText.of(PhaseThree.process(ours));
        if (!actual.equals(expected)) {
          differ.add(where + ":\nframework:\n" + expected + "ours:\n" + actual);
        }
        n++;
      }
    }
    return n;
  }

  /** A body to build, with the path and AST the checker would give the builder. */
  private static final class Body {
    final Cfgs cfgs;
    final ProcessingEnvironment env;
    final TreePath path;
    final UnderlyingAST ast;
    final String name;
    final String where;

    Body(Cfgs cfgs, ProcessingEnvironment env, TreePath path, UnderlyingAST ast, String name) {
      this.cfgs = cfgs;
      this.env = env;
      this.path = path;
      this.ast = ast;
      this.name = name;
      long line = path.getCompilationUnit().getLineMap().getLineNumber(
          com.sun.source.util.Trees.instance(env).getSourcePositions()
              .getStartPosition(path.getCompilationUnit(), path.getLeaf()));
      this.where = Path.of(path.getCompilationUnit().getSourceFile().toUri()).getFileName() + ":"
          + line + " " + name;
    }
  }

  /**
   * Every body of {@code files}, compiled (attributed) together; each carries the one builder of
   * the compilation that is "ours".
   */
  private static List<Body> bodies(List<Path> files) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null)) {
      List<String> options = List.of("-proc:none", "-classpath", CheckRun.apiClasspath());
      JavacTask task = (JavacTask) javac.getTask(null, fm, diags, options, null,
          fm.getJavaFileObjectsFromPaths(files));
      Iterable<? extends CompilationUnitTree> units = task.parse();
      task.analyze();
      assertEquals(List.of(), diags.getDiagnostics().stream()
          .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
          .map(d -> d.toString()).collect(java.util.stream.Collectors.toList()));
      ProcessingEnvironment env = JavacProcessingEnvironment.instance(((BasicJavacTask) task).getContext());
      Finder f = new Finder(new Cfgs(env), env);
      for (CompilationUnitTree u : units) {
        f.scan(u, null);
      }
      return f.found;
    }
  }

  /** Finds the bodies as the checker's visitor does: methods, initializers, lambdas. */
  private static final class Finder extends TreePathScanner<Void, Void> {
    final List<Body> found = new ArrayList<>();
    private final Cfgs cfgs;
    private final ProcessingEnvironment env;

    Finder(Cfgs cfgs, ProcessingEnvironment env) {
      this.cfgs = cfgs;
      this.env = env;
    }

    @Override
    public Void visitMethod(MethodTree t, Void p) {
      if (t.getBody() != null) {
        found.add(new Body(cfgs, env, new TreePath(getCurrentPath(), t.getBody()),
            new UnderlyingAST.CFGMethod(t, enclosing(ClassTree.class)), t.getName().toString()));
      }
      return super.visitMethod(t, p);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree t, Void p) {
      found.add(new Body(cfgs, env, new TreePath(getCurrentPath(), t.getBody()),
          new UnderlyingAST.CFGLambda(t, enclosing(ClassTree.class), enclosing(MethodTree.class)),
          "lambda"));
      return super.visitLambdaExpression(t, p);
    }

    @Override
    public Void visitVariable(VariableTree t, Void p) {
      if (t.getInitializer() != null && parentIsClass()) {
        initializer(t, "the initializer of " + t.getName());
      }
      return super.visitVariable(t, p);
    }

    @Override
    public Void visitBlock(BlockTree t, Void p) {
      if (parentIsClass()) {
        initializer(t, "an initializer block");
      }
      return super.visitBlock(t, p);
    }

    private void initializer(Tree t, String name) {
      found.add(new Body(cfgs, env, getCurrentPath(),
          new UnderlyingAST.CFGStatement(t, enclosing(ClassTree.class)), name));
    }

    private boolean parentIsClass() {
      return getCurrentPath().getParentPath().getLeaf() instanceof ClassTree;
    }

    private <T extends Tree> T enclosing(Class<T> kind) {
      for (TreePath q = getCurrentPath().getParentPath(); q != null; q = q.getParentPath()) {
        if (kind.isInstance(q.getLeaf())) {
          return kind.cast(q.getLeaf());
        }
      }
      return null;
    }
  }
}

package org.mmlock.checker;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.comp.Annotate;
import com.sun.tools.javac.comp.CompileStates.CompileState;
import com.sun.tools.javac.main.JavaCompiler;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Log;
import java.util.Map;
import java.util.function.Predicate;
import org.mmlock.checker.model.Names;
import org.mmlock.checker.rules.Emitter;

/**
 * Runs mmlock on each class once javac has attributed and flow-analysed it (the end of its
 * {@code ANALYZE} task event): the entry point shared by the plugin, the annotation processor and
 * the {@code ./mmlock} command.
 *
 * <p>Once javac itself has reported an error, later classes are not checked: their trees may be
 * incomplete, and javac's errors come first.
 */
final class Driver implements TaskListener {
  private final JavacTask task;
  private final Map<String, String> options;
  private final Predicate<TaskEvent> wanted;
  private final boolean flowOnly;
  private Log log;
  private MmLockVisitor visitor;
  private Emitter emitter;
  private int errorsAfterLastClass;
  private boolean javacErrored;
  /** Where to add the source files of wanted classes skipped after javac's errors; may be null. */
  private final java.util.Set<java.net.URI> skipped;
  /** Set when mmlock's own classes cannot be loaded (reported once; nothing more is checked). */
  private boolean unusable;
  /** Set up (or found unusable) on the first event. */
  private boolean ready;
  private Stats stats;
  private Trees trees;
  private javax.annotation.processing.Messager messager;

  private Driver(JavacTask task, Map<String, String> options, Predicate<TaskEvent> wanted,
      boolean flowOnly, java.util.Set<java.net.URI> skipped) {
    this.skipped = skipped;
    this.task = task;
    this.options = options;
    this.wanted = wanted;
    this.flowOnly = flowOnly;
  }

  /**
   * Registers mmlock on {@code task}.
   *
   * @param options plugin arguments; javac's {@code -A} options are read as well
   * @param wanted which analysed classes to check (an annotation processor's root elements, the
   *     files the {@code ./mmlock} command was given, or every one)
   * @param flowOnly stop the compilation after flow analysis (no class files): {@code ./mmlock}
   */
  /** Every class: the plugin's filter (a class, not a lambda: see {@code MmFacts.Holds}). */
  static final Predicate<TaskEvent> ALL = new Predicate<TaskEvent>() {
    @Override
    public boolean test(TaskEvent e) {
      return true;
    }
  };

  static void install(JavacTask task, Map<String, String> options, Predicate<TaskEvent> wanted,
      boolean flowOnly) {
    install(task, options, wanted, flowOnly, null);
  }

  /** As above; the source files of wanted classes not checked after javac's errors go to {@code skipped}. */
  static void install(JavacTask task, Map<String, String> options, Predicate<TaskEvent> wanted,
      boolean flowOnly, java.util.Set<java.net.URI> skipped) {
    task.addTaskListener(new Driver(task, options, wanted, flowOnly, skipped));
  }

  @Override
  public void started(TaskEvent e) {
    // The setup is timed by the wall clock: whether stats are wanted is known only after it, and
    // the CPU clock (java.management) is not to be loaded for nothing.
    long t0 = ready ? 0 : System.nanoTime();
    ensureReady();
    if (e.getKind() == TaskEvent.Kind.COMPILATION) {
      stepAsideWhileParsing();
    }
    if (t0 != 0 && stats != null) {
      stats.allNanos += System.nanoTime() - t0;
    }
  }

  /**
   * Leaves javac's listeners until every file is parsed and entered. While any task listener is
   * registered, javac parses each file keeping its comments and a table of the end position of
   * every tree (its own command line keeps neither): a few percent of a compilation, spent on
   * files mmlock mostly never looks at, and mmlock reads neither. Nothing it needs happens before
   * the classes are entered, and javac's queue of annotation work, blocked from its creation until
   * Enter is done, runs first then: the listener comes back from there. When the queue is not
   * blocked, or javac's classes are not the expected ones (another javac), the listener stays.
   */
  private void stepAsideWhileParsing() {
    try {
      Annotate annotate = Annotate.instance(((BasicJavacTask) task).getContext());
      if (!annotate.annotationsBlocked()) {
        return;
      }
      annotate.normal(new Runnable() { // not a lambda: see MmFacts.Holds
        @Override
        public void run() {
          task.addTaskListener(Driver.this);
        }
      });
    } catch (LinkageError | RuntimeException otherJavac) {
      return;
    }
    task.removeTaskListener(this);
  }

  @Override
  public void finished(TaskEvent e) {
    ensureReady();
    if (e.getKind() == TaskEvent.Kind.COMPILATION) {
      Names.forget();
      if (stats != null) {
        // The account is the compilation's, not a file's: javac would name the last file it read.
        javax.tools.JavaFileObject last = log.useSource(null);
        messager.printMessage(javax.tools.Diagnostic.Kind.NOTE, stats.toString());
        log.useSource(last);
      }
    }
    if (e.getKind() != TaskEvent.Kind.ANALYZE || e.getTypeElement() == null
        || e.getCompilationUnit() == null) {
      return;
    }
    if (!wanted.test(e)) {
      return;
    }
    javacErrored |= log.nerrors > errorsAfterLastClass;
    if (!javacErrored && !unusable) {
      if (stats != null) {
        stats.classStarted();
      }
      TreePath path = pathOf(e);
      if (path != null) {
        check(e, path);
      }
      if (stats != null) {
        stats.classDone();
      }
    } else if (javacErrored && skipped != null) {
      skipped.add(e.getCompilationUnit().getSourceFile().toUri());
    }
    errorsAfterLastClass = log.nerrors;
  }

  /**
   * The path of the analysed class. A top-level class is found among its compilation unit's type
   * declarations; javac's {@code Trees.getPath} looks it up, scans the unit's trees for it and
   * ends the scan by throwing an exception (with its stack trace): 5–7 % of the checker's samples
   * on mixed-400.
   */
  private TreePath pathOf(TaskEvent e) {
    CompilationUnitTree unit = e.getCompilationUnit();
    for (Tree t : unit.getTypeDecls()) {
      if (t instanceof JCTree.JCClassDecl && ((JCTree.JCClassDecl) t).sym == e.getTypeElement()) {
        return new TreePath(new TreePath(unit), t);
      }
    }
    return trees.getPath(e.getTypeElement());
  }

  /**
   * A plugin argument ({@code key=value}) or else a javac {@code -Akey=value} option: its value,
   * "" when given without one, null when absent.
   */
  private String option(JavacProcessingEnvironment env, String key) {
    Map<String, String> from = options.containsKey(key) ? options : env.getOptions();
    return from.containsKey(key) ? java.util.Objects.requireNonNullElse(from.get(key), "") : null;
  }

  /** The options mmlock reads; any other {@code mmlock.} key is a misspelling. */
  private static final java.util.Set<String> KNOWN =
      java.util.Set.of(Stats.OPTION, TestSeams.INJECT_FAILURE, TestSeams.STEP_LIMIT);

  /**
   * A key that starts with {@code mmlock.} but is not one mmlock reads gets a warning: a misspelt
   * option would otherwise be ignored without a word.
   */
  private void unknownOptions(java.util.Set<String> keys) {
    for (String k : new java.util.TreeSet<>(keys)) {
      if (k.startsWith("mmlock.") && !KNOWN.contains(k)) {
        messager.printMessage(javax.tools.Diagnostic.Kind.WARNING, "mmlock: unknown option " + k
            + " (mmlock's option is " + Stats.OPTION + "; see the README)");
      }
    }
  }

  private void check(TaskEvent e, TreePath path) {
    emitter.setRoot(e.getCompilationUnit());
    try {
      visitor.check(e.getCompilationUnit(), path);
    } catch (RuntimeException | StackOverflowError | AssertionError failure) {
      visitor.internalError(path.getLeaf(), failure);
    } catch (LinkageError missing) {
      visitor.abandon();
      unusable(missing, e.getCompilationUnit());
    }
  }

  /**
   * Sets up on the first event, when javac's context is complete: every class must reach flow
   * analysis even after an error (mmlock's own are errors), and the checker's objects are built
   * once per compilation.
   */
  private void ensureReady() {
    if (ready) {
      return;
    }
    ready = true;
    Context context = ((BasicJavacTask) task).getContext();
    JavaCompiler compiler = JavaCompiler.instance(context);
    compiler.shouldStopPolicyIfNoError = flowOnly ? CompileState.FLOW
        : CompileState.max(compiler.shouldStopPolicyIfNoError, CompileState.FLOW);
    compiler.shouldStopPolicyIfError = CompileState.max(compiler.shouldStopPolicyIfError, CompileState.FLOW);
    if (flowOnly) {
      // The ./mmlock command's own task: javax.tools asks for comments and end positions, which
      // nothing it reports uses (its diagnostics give a line and a column).
      compiler.keepComments = false;
      compiler.genEndPos = false;
    }
    log = Log.instance(context);
    JavacProcessingEnvironment env = JavacProcessingEnvironment.instance(context);
    trees = Trees.instance(task);
    emitter = new Emitter(trees);
    messager = env.getMessager();
    String statsValue = option(env, Stats.OPTION);
    stats = statsValue != null && !statsValue.equalsIgnoreCase("false") ? new Stats() : null;
    TestSeams seams = new TestSeams(option(env, TestSeams.INJECT_FAILURE),
        option(env, TestSeams.STEP_LIMIT));
    unknownOptions(options.keySet());
    unknownOptions(env.getOptions().keySet());
    try {
      visitor = new MmLockVisitor(env, trees, emitter, seams, stats);
    } catch (LinkageError missing) {
      unusable(missing, null);
    }
  }

  /**
   * A class mmlock needs is not on the processor path: every method would fail alike. Reported
   * once, as an error (the build must not pass unchecked); nothing more is checked.
   */
  private void unusable(LinkageError missing, CompilationUnitTree unit) {
    unusable = true;
    String text = "mmlock cannot run, so nothing is checked: " + missing + ". A jar it needs is "
        + "missing from the processor path: put mmlock-checker with each of its dependencies there, "
        + "every jar named (javac does not expand 'lib/*' there; see the README)";
    if (unit == null) {
      messager.printMessage(javax.tools.Diagnostic.Kind.ERROR, text);
    } else {
      trees.printMessage(javax.tools.Diagnostic.Kind.ERROR, text, unit, unit);
    }
  }
}

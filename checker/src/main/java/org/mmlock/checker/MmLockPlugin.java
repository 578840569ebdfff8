package org.mmlock.checker;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;

/**
 * mmlock as a javac plugin: {@code javac -processorpath <mmlock jars> -Xplugin:MmLock}. The same
 * checks and output as the annotation processor {@link MmLockChecker}, without the cost javac pays
 * for annotation processing rounds (about a tenth of a compile): the recommended way to run it.
 *
 * <p>Options follow the name, as {@code key=value} words in the same argument:
 * {@code -Xplugin:"MmLock mmlock.injectFailure=NAME"}.
 */
public final class MmLockPlugin implements Plugin {
  /** The name javac knows the plugin by ({@code -Xplugin:MmLock}). */
  public static final String NAME = "MmLock";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    Map<String, String> options = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      options.put(eq < 0 ? a : a.substring(0, eq), eq < 0 ? "" : a.substring(eq + 1));
    }
    Driver.install(task, options, Driver.ALL, false);
  }

  /**
   * Registers mmlock on a task made through {@code javax.tools} in this JVM: what
   * {@code -Xplugin:MmLock} does, without looking the plugin up on the processor path.
   *
   * @param flowOnly stop after flow analysis (no class files are written)
   * @param only when not null, check only classes of these files (not, say, sources javac
   *     compiles implicitly from the class path)
   * @return the files of classes mmlock was to check but did not, because javac reported an error
   *     of its own first (see {@code Driver}); filled in as the task runs
   */
  public static java.util.Set<URI> attach(JavacTask task, boolean flowOnly,
      Iterable<? extends JavaFileObject> only) {
    java.util.Set<URI> skipped = new java.util.TreeSet<>();
    if (only == null) {
      Driver.install(task, Map.of(), Driver.ALL, flowOnly, skipped);
      return skipped;
    }
    Set<URI> files = new HashSet<>();
    for (JavaFileObject f : only) {
      files.add(f.toUri());
    }
    Driver.install(task, Map.of(), new java.util.function.Predicate<TaskEvent>() {
      @Override
      public boolean test(TaskEvent e) {
        return files.contains(e.getCompilationUnit().getSourceFile().toUri());
      }
    }, flowOnly, skipped);
    return skipped;
  }
}

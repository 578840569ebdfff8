package org.mmlock.checker;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * mmlock: proves that walker code obeys the kernel's documented mm locking rules, or reports
 * where it does not, keyed by rule ({@code docs/rules/KEY.md}).
 *
 * <p>Use it as an annotation processor, {@code javac -processor org.mmlock.checker.MmLockChecker},
 * or, cheaper, as the javac plugin {@link MmLockPlugin} ({@code -Xplugin:MmLock}): the checks are
 * the same. Suppress a key with {@code @SuppressWarnings("mmlock:KEY")}.
 *
 * <p>The processor claims no annotation; it only registers the checker to run on every class of
 * the compilation's root elements once javac has attributed and flow-analysed it.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions({TestSeams.INJECT_FAILURE, TestSeams.STEP_LIMIT, Stats.OPTION})
public final class MmLockChecker extends AbstractProcessor {
  /** The qualified names of the classes this compilation was asked to compile. */
  private final Set<String> roots = new HashSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Driver.install(com.sun.source.util.JavacTask.instance(env), env.getOptions(),
        new java.util.function.Predicate<com.sun.source.util.TaskEvent>() { // see MmFacts.Holds
          @Override
          public boolean test(com.sun.source.util.TaskEvent e) {
            return roots.contains(e.getTypeElement().getQualifiedName().toString());
          }
        }, false);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement t : ElementFilter.typesIn(round.getRootElements())) {
      roots.add(t.getQualifiedName().toString());
    }
    return false;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }
}

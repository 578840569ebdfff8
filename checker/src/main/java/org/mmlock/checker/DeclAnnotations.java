package org.mmlock.checker;

import com.sun.source.tree.Tree;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.dataflow.qual.AssertMethod;
import org.checkerframework.dataflow.qual.TerminatesExecution;
import org.checkerframework.javacutil.AnnotationProvider;
import org.checkerframework.javacutil.BasicAnnotationProvider;

/**
 * The annotation provider the CFG builder asks, once per call, whether the callee is
 * {@code @TerminatesExecution} or {@code @AssertMethod}. The plain provider answers by comparing
 * the name of every annotation on the callee as a freshly decoded string, and mm API functions
 * carry several; the answer for a declaration cannot change within a compilation, so it is
 * remembered.
 */
final class DeclAnnotations implements AnnotationProvider {
  private final AnnotationProvider plain = new BasicAnnotationProvider();
  private final Map<Class<? extends Annotation>, Map<Element, Optional<AnnotationMirror>>> decl =
      new HashMap<>();
  /** The answers for the two annotations asked at every call, without the lookup by class. */
  private final Map<Element, Optional<AnnotationMirror>> terminates = new IdentityHashMap<>();
  private final Map<Element, Optional<AnnotationMirror>> asserts = new IdentityHashMap<>();

  @Override
  public AnnotationMirror getDeclAnnotation(Element e, Class<? extends Annotation> anno) {
    Map<Element, Optional<AnnotationMirror>> of = anno == TerminatesExecution.class ? terminates
        : anno == AssertMethod.class ? asserts : decl.get(anno);
    if (of == null) {
      of = new IdentityHashMap<>();
      decl.put(anno, of);
    }
    Optional<AnnotationMirror> a = of.get(e);
    if (a == null) {
      a = Optional.ofNullable(plain.getDeclAnnotation(e, anno));
      of.put(e, a);
    }
    return a.orElse(null);
  }

  @Override
  public AnnotationMirror getAnnotationMirror(Tree tree, Class<? extends Annotation> target) {
    return plain.getAnnotationMirror(tree, target);
  }

  @Override
  public boolean isSideEffectFree(ExecutableElement method) {
    return plain.isSideEffectFree(method);
  }

  @Override
  public boolean isDeterministic(ExecutableElement method) {
    return plain.isDeterministic(method);
  }
}

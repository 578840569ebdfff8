package org.mmlock.checker;

import com.sun.source.util.TreePath;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.UnderlyingAST;
import org.checkerframework.dataflow.cfg.builder.CFGTranslationPhaseOne;
import org.checkerframework.dataflow.cfg.builder.CFGTranslationPhaseThree;
import org.checkerframework.dataflow.cfg.builder.CFGTranslationPhaseTwo;
import org.checkerframework.javacutil.AnnotationProvider;
import org.checkerframework.javacutil.BasicAnnotationProvider;
import org.checkerframework.javacutil.trees.TreeBuilder;

/**
 * Builds control-flow graphs the way {@code CFGBuilder.build} does (the Checker Framework's three
 * translation phases), sharing per compilation what that method makes anew for every body: the
 * tree builder, the annotation provider, and the type mirrors of the exception classes that phase
 * one looks up by name in its constructor.
 */
final class Cfgs {
  /**
   * The exception and library types phase one asks for, for the compilation being built. Phase
   * one reads them in its constructor, before a subclass's fields exist, hence a static slot; one
   * compilation builds on one thread.
   */
  private static final ThreadLocal<Map<Class<?>, TypeMirror>> TYPES = new ThreadLocal<>();

  private final ProcessingEnvironment env;
  private final TreeBuilder trees;
  private final AnnotationProvider annotations = new BasicAnnotationProvider();
  private final Map<Class<?>, TypeMirror> types = new HashMap<>();

  Cfgs(ProcessingEnvironment env) {
    this.env = env;
    this.trees = new TreeBuilder(env);
  }

  /** The CFG of a body, from its tree path (so the builder need not search the compilation unit). */
  ControlFlowGraph build(TreePath body, UnderlyingAST ast) {
    TYPES.set(types);
    try {
      return CFGTranslationPhaseThree.process(CFGTranslationPhaseTwo.process(
          new PhaseOne(trees, annotations, env).process(body, ast)));
    } finally {
      TYPES.remove();
    }
  }

  /** Phase one, with its type lookups answered once per compilation. */
  private static final class PhaseOne extends CFGTranslationPhaseOne {
    PhaseOne(TreeBuilder trees, AnnotationProvider annotations, ProcessingEnvironment env) {
      super(trees, annotations, false, false, env);
    }

    @Override
    protected TypeMirror getTypeMirror(Class<?> c) {
      return TYPES.get().computeIfAbsent(c, super::getTypeMirror);
    }

    @Override
    protected TypeMirror maybeGetTypeMirror(Class<?> c) {
      Map<Class<?>, TypeMirror> m = TYPES.get();
      if (m.containsKey(c)) {
        return m.get(c);
      }
      TypeMirror t = super.maybeGetTypeMirror(c);
      m.put(c, t);
      return t;
    }
  }
}

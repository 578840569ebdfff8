package org.mmlock.checker;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;
import org.checkerframework.javacutil.TreeUtils;
import org.mmlock.checker.flow.WalkOps;
import org.mmlock.checker.model.ContractModel;
import org.mmlock.checker.model.MethodContract;
import org.mmlock.checker.rules.DeclarationRules;
import org.mmlock.checker.rules.Emitter;
import org.mmlock.checker.rules.Reporter;

/**
 * Walks each compilation unit: checks every method's declaration, and analyses the bodies of
 * methods and lambdas that touch the mm API or carry mmlock annotations. Everything else costs
 * one tree scan.
 */
final class MmLockVisitor extends TreePathScanner<Void, Void> {
  private final ProcessingEnvironment env;
  private final ContractModel model;
  private final Reporter out;
  private final Relevance relevance;
  private final MethodAnalyzer analyzer;
  private final DeclarationRules declarations;
  private final WalkOps ops;
  private CompilationUnitTree root;
  /** The pre-scan of the class being checked. */
  private Relevance.Found found;

  MmLockVisitor(ProcessingEnvironment env, Trees trees, Emitter emitter, TestSeams seams,
      Stats stats) {
    this.env = env;
    Elements elements = env.getElementUtils();
    this.model = new ContractModel(elements);
    this.out = new Reporter(emitter);
    this.relevance = new Relevance(model);
    this.ops = new WalkOps(trees);
    this.analyzer = new MethodAnalyzer(model, out, env, seams, ops, stats);
    this.declarations = new DeclarationRules(out, model, elements, env.getTypeUtils());
  }

  /** Checks one top-level class of {@code unit}. */
  void check(CompilationUnitTree unit, TreePath type) {
    this.root = unit;
    out.begin();
    try {
      found = relevance.scan(type.getLeaf());
      collectAtomicTargets(found.references);
      scan(type, null);
    } finally {
      found = null;
    }
    out.flush();
  }

  /** Reports a failure outside any one method's analysis on the class, as internal.error. */
  void internalError(Tree type, Throwable failure) {
    out.discard();
    MethodAnalyzer.reportFailure(out, type, failure, "class");
    out.flush();
  }

  /** Drops what the class being checked has reported so far: mmlock cannot run at all. */
  void abandon() {
    out.abandon();
  }

  @Override
  public Void visitClass(ClassTree t, Void p) {
    javax.lang.model.element.TypeElement type = TreeUtils.elementFromDeclaration(t);
    if (type != null) {
      out.begin();
      declarations.checkInherited(t, type);
    }
    return super.visitClass(t, p);
  }

  @Override
  public Void visitMethod(MethodTree t, Void p) {
    out.begin();
    ExecutableElement m = TreeUtils.elementFromDeclaration(t);
    MethodContract own = model.contractOf(m);
    java.util.Set<ExecutableElement> bases = declarations.overridden(m, own);
    declarations.check(t, m, own, bases);
    MethodContract c = inherited(m, own, bases);
    if (t.getBody() == null) {
      return null;
    }
    Relevance.Facts body = relevance.of(found, t.getBody());
    if (!c.notChecked && (!c.effects.isEmpty() || !c.aliases.isEmpty() || body.touches)) {
      analyzer.method(root, getCurrentPath(), t, enclosingClass(), m, c, body);
    }
    // Local classes and the lambdas worth a CFG inside are visited on their own; without any,
    // nothing is left.
    return body.nested ? super.visitMethod(t, p) : null;
  }

  /**
   * A field with an initializer: the initializer is a body of its own; and a
   * {@code static final MmWalkOps} built with {@code new} is read now, while javac's tree of it
   * is attributed (a class checked later may pass it to a walk).
   */
  @Override
  public Void visitVariable(VariableTree t, Void p) {
    if (t.getInitializer() == null) {
      return null; // no body and nothing inside: most fields of most classes
    }
    if (!(getCurrentPath().getParentPath().getLeaf() instanceof ClassTree)) {
      return super.visitVariable(t, p);
    }
    if (t.getInitializer() instanceof NewClassTree) {
      javax.lang.model.element.Element e = TreeUtils.elementFromDeclaration(t);
      if (e instanceof javax.lang.model.element.VariableElement) {
        ops.remember(t, (javax.lang.model.element.VariableElement) e);
      }
    }
    return initializer(t) ? super.visitVariable(t, p) : null;
  }

  /** An initializer block of a class (other blocks are a method's). */
  @Override
  public Void visitBlock(BlockTree t, Void p) {
    if (!(getCurrentPath().getParentPath().getLeaf() instanceof ClassTree)) {
      return super.visitBlock(t, p);
    }
    return initializer(t) ? super.visitBlock(t, p) : null;
  }

  /**
   * Analyses a field's initializer or an initializer block when it touches the API; whether
   * there are lambdas or classes inside to visit.
   */
  private boolean initializer(Tree t) {
    Relevance.Facts body = relevance.of(found, t);
    if (body.touches) {
      String name = t instanceof VariableTree ? "the initializer of " + ((VariableTree) t).getName()
          : ((BlockTree) t).isStatic() ? "the static initializer" : "the instance initializer";
      analyzer.initializer(root, getCurrentPath(), t, enclosingClass(), name, body);
    }
    return body.nested;
  }

  /**
   * A method that implements an {@code @AtomicContext} interface method (a {@code PteEntry}) or
   * is the target of such a method reference runs in that context, with its parameter
   * qualifiers.
   */
  private MethodContract inherited(ExecutableElement m, MethodContract own,
      java.util.Set<ExecutableElement> bases) {
    MethodContract c = own;
    for (ExecutableElement base : bases) {
      MethodContract b = model.contractOf(base);
      if (b.atomicContext) {
        c = c.inheriting(b);
      }
    }
    MethodContract viaRef = atomicTargets.get(m);
    return viaRef == null ? c : c.inheriting(viaRef);
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree t, Void p) {
    Relevance.Facts body = relevance.of(found, t.getBody());
    boolean own = Relevance.ownInterface(((com.sun.tools.javac.tree.JCTree) t).type);
    if (body.touches || own) {
      ExecutableElement fn = functionOf(t);
      MethodContract fc = fn == null ? MethodContract.EMPTY : model.contractOf(fn);
      // a lambda that touches nothing still keeps its interface method's effects (mm -> {} against
      // @Acquires), as a method does; the JDK's interfaces (most lambdas) declare none
      if (body.touches || (!fc.notChecked && !fc.effects.isEmpty())) {
        analyzer.lambda(root, getCurrentPath(), t, enclosingClass(), enclosingMethod(), fn, fc, body);
      }
    }
    if (!body.nested) {
      return null;
    }
    return super.visitLambdaExpression(t, p);
  }

  /** Whether a method reference targets a functional interface of the JDK (java.*). */
  private static boolean jdkInterface(MemberReferenceTree r) {
    javax.lang.model.type.TypeMirror t = ((com.sun.tools.javac.tree.JCTree) r).type;
    return t instanceof javax.lang.model.type.DeclaredType
        && org.mmlock.checker.model.Names.inJdk(((javax.lang.model.type.DeclaredType) t).asElement());
  }

  private static javax.lang.model.element.Element targetOf(MemberReferenceTree r) {
    try {
      return TreeUtils.elementFromUse(r);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private ExecutableElement functionOf(Tree t) {
    try {
      return TreeUtils.findFunction(t, env);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Method references to @AtomicContext interface methods, found before the class is checked. */
  private final java.util.Map<ExecutableElement, MethodContract> atomicTargets = new java.util.HashMap<>();

  /**
   * Collects the methods referenced where an @AtomicContext method is expected, in the class about
   * to be checked (javac attributes one top-level class at a time, so later classes cannot be
   * scanned yet: a reference only counts for targets checked after it).
   */
  private void collectAtomicTargets(List<? extends MemberReferenceTree> references) {
    for (MemberReferenceTree r : references) {
      if (jdkInterface(r)) {
        continue; // String::length and friends: no contracts
      }
      ExecutableElement fn = functionOf(r);
      MethodContract fc = fn == null ? MethodContract.EMPTY : model.contractOf(fn);
      javax.lang.model.element.Element target = targetOf(r);
      if (fc.atomicContext && target instanceof ExecutableElement) {
        atomicTargets.put((ExecutableElement) target, fc);
      }
    }
  }

  private ClassTree enclosingClass() {
    for (TreePath p = getCurrentPath().getParentPath(); p != null; p = p.getParentPath()) {
      Tree.Kind k = p.getLeaf().getKind();
      if (p.getLeaf() instanceof ClassTree) {
        return (ClassTree) p.getLeaf();
      }
      if (k == Tree.Kind.COMPILATION_UNIT) {
        break;
      }
    }
    return null;
  }

  private MethodTree enclosingMethod() {
    for (TreePath p = getCurrentPath().getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree) {
        return (MethodTree) p.getLeaf();
      }
      if (p.getLeaf() instanceof ClassTree) {
        return null;
      }
    }
    return null;
  }
}

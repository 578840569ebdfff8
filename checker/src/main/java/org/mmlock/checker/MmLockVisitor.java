package org.mmlock.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.framework.source.SourceVisitor;
import org.checkerframework.javacutil.TreeUtils;
import org.mmlock.checker.model.ContractModel;
import org.mmlock.checker.model.MethodContract;
import org.mmlock.checker.rules.DeclarationRules;
import org.mmlock.checker.rules.Reporter;

/**
 * Walks each compilation unit: checks every method's declaration, and analyses the bodies of
 * methods and lambdas that touch the mm API or carry mmlock annotations. Everything else costs
 * one tree scan.
 */
final class MmLockVisitor extends SourceVisitor<Void, Void> {
  private final ContractModel model;
  private final Reporter out;
  private final Relevance relevance;
  private final MethodAnalyzer analyzer;
  private final DeclarationRules declarations;

  MmLockVisitor(MmLockChecker checker) {
    super(checker);
    this.model = new ContractModel(elements);
    this.out = new Reporter(checker);
    this.relevance = new Relevance(model);
    this.analyzer = new MethodAnalyzer(model, out, checker.getProcessingEnvironment(),
        checker.getOption(MmLockChecker.INJECT_FAILURE));
    this.declarations = new DeclarationRules(out, model, elements);
  }

  @Override
  public Void visitMethod(MethodTree t, Void p) {
    ExecutableElement m = TreeUtils.elementFromDeclaration(t);
    MethodContract c = model.contractOf(m);
    declarations.check(t, m, c);
    out.flush();
    boolean analyse = t.getBody() != null && !c.notChecked
        && (!c.isEmpty() || relevance.touches(t.getBody()));
    if (analyse) {
      analyzer.method(root, t, enclosingClass(), m, c);
    }
    return super.visitMethod(t, p);
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree t, Void p) {
    if (relevance.touches(t.getBody())) {
      analyzer.lambda(root, t, enclosingClass(), enclosingMethod());
    }
    return super.visitLambdaExpression(t, p);
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

package org.mmlock.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import javax.lang.model.element.ExecutableElement;
import org.mmlock.checker.model.ContractModel;

/**
 * The cheap pre-scan that decides whether a body is worth a control-flow graph: it is when it
 * calls a method with an mmlock contract (the API's lock, map and access functions, or an
 * annotated helper) or reads a field of an API object.
 * Lambda bodies and nested classes are left to their own scan.
 */
final class Relevance extends TreeScanner<Boolean, Void> {
  private static final String API = "org.mmlock.mm";
  private final ContractModel model;

  Relevance(ContractModel model) {
    this.model = model;
  }

  boolean touches(Tree body) {
    return Boolean.TRUE.equals(scan(body, null));
  }

  @Override
  public Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }

  @Override
  public Boolean scan(Tree t, Void p) {
    return t != null && (relevant(t) || Boolean.TRUE.equals(super.scan(t, p)));
  }

  /**
   * A node worth a CFG: a call to a method with a contract (every lock operation and PTE access
   * of the API has one), or a read of a field of an API object (a possibly-null result, an
   * unstable VMA). Types, constants and pure value tests ({@code pte_present}) are not.
   */
  private boolean relevant(Tree t) {
    switch (t.getKind()) {
      case METHOD_INVOCATION: {
        Symbol s = TreeInfo.symbol(((com.sun.tools.javac.tree.JCTree.JCMethodInvocation) t).meth);
        return s instanceof Symbol.MethodSymbol && !model.contractOf((ExecutableElement) s).isEmpty();
      }
      case MEMBER_SELECT: {
        Symbol s = TreeInfo.symbol((JCTree) t);
        return s instanceof Symbol.VarSymbol && !s.isStatic() && s.owner != null
            && s.owner.packge() != null && s.owner.packge().getQualifiedName().contentEquals(API);
      }
      default:
        return false;
    }
  }

  @Override
  public Boolean visitLambdaExpression(LambdaExpressionTree t, Void p) {
    return false;
  }

  @Override
  public Boolean visitClass(ClassTree t, Void p) {
    return false;
  }
}

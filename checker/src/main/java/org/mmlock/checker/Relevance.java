package org.mmlock.checker;

import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import org.mmlock.checker.model.ContractModel;
import org.mmlock.checker.model.Names;

/**
 * The cheap pre-scan of a body, one pass that decides whether it is worth a control-flow graph
 * (it calls a method with an mmlock contract, or reads a field of an API object) and collects
 * what the analysis needs to know about its shape. Lambda bodies and nested classes are left to
 * their own scan.
 */
final class Relevance {
  private final ContractModel model;

  Relevance(ContractModel model) {
    this.model = model;
  }

  /** What one scan of a body found. */
  static final class Facts {
    /** A node worth a CFG. */
    boolean touches;
    /** A loop: the CFG may have cycles. */
    boolean loops;
    /** A lambda or a class declared inside: scanned on its own. */
    boolean nested;
    /** A {@code try} statement: exceptional edges may lead to its handlers. */
    boolean tries;
    /** The {@code return;} statements, in source order (they have no CFG node). */
    final List<Tree> bareReturns = new ArrayList<>();
  }

  Facts scan(Tree body) {
    Facts f = new Facts();
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree t, Void p) {
        if (t == null) {
          return null;
        }
        switch (t.getKind()) {
          case FOR_LOOP:
          case ENHANCED_FOR_LOOP:
          case WHILE_LOOP:
          case DO_WHILE_LOOP:
            f.loops = true;
            break;
          case TRY:
            f.tries = true;
            break;
          case RETURN:
            if (((ReturnTree) t).getExpression() == null) {
              f.bareReturns.add(t);
            }
            break;
          case LAMBDA_EXPRESSION:
          case CLASS:
          case ENUM:
          case INTERFACE:
          case RECORD:
          case ANNOTATION_TYPE:
            if (t != body) {
              f.nested = true;
              return null;
            }
            break;
          default:
            f.touches = f.touches || relevant(t);
            break;
        }
        return super.scan(t, p);
      }
    }.scan(body, null);
    f.bareReturns.sort(java.util.Comparator.comparingInt(r -> ((JCTree) r).getStartPosition()));
    return f;
  }

  /**
   * A node worth a CFG: a call to a method with a contract (every lock operation and PTE access
   * of the API has one), or a read of a field of an API object (a possibly-null result, an
   * unstable VMA). Types, constants and pure value tests ({@code pte_present}) are not.
   */
  private boolean relevant(Tree t) {
    switch (t.getKind()) {
      case METHOD_INVOCATION: {
        Symbol s = TreeInfo.symbol(((JCTree.JCMethodInvocation) t).meth);
        return s instanceof Symbol.MethodSymbol && !model.contractOf((ExecutableElement) s).isEmpty();
      }
      case MEMBER_SELECT: {
        Symbol s = TreeInfo.symbol((JCTree) t);
        return s instanceof Symbol.VarSymbol && !s.isStatic() && Names.inApi(s.owner);
      }
      default:
        return false;
    }
  }
}

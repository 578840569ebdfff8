package org.mmlock.checker.flow;

import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.tree.TreeScanner;

/**
 * A javac tree scanner told of every place that gives a variable a new value: {@code =}, a
 * compound assignment, {@code ++} and {@code --}. The pre-scan counts a body's assignments with
 * it, and the ops of a captured local are trusted only when it finds none; one definition keeps
 * the two from disagreeing on what an assignment is.
 */
public abstract class AssignScanner extends TreeScanner {
  /** An assignment to {@code target}, without the parentheses around it. */
  protected abstract void assigned(JCTree target);

  @Override
  public void visitAssign(JCTree.JCAssign t) {
    assigned(TreeInfo.skipParens(t.lhs));
    super.visitAssign(t);
  }

  @Override
  public void visitAssignop(JCTree.JCAssignOp t) {
    assigned(TreeInfo.skipParens(t.lhs));
    super.visitAssignop(t);
  }

  @Override
  public void visitUnary(JCTree.JCUnary t) {
    if (t.getTag().isIncOrDecUnaryOp()) {
      assigned(TreeInfo.skipParens(t.arg));
    }
    super.visitUnary(t);
  }
}

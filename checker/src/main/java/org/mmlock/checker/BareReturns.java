package org.mmlock.checker;

import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.tree.JCTree;
import java.util.List;

/**
 * Where a path that leaves the method through a {@code return;} (which has no CFG node) is
 * reported: at the {@code return;} that ends it. A path whose last node is a branch's condition
 * ends at the first {@code return;} after it on its side of the branch: inside the branch taken
 * when it is true ({@code if (pte == null) { return; }}), outside it when false (the
 * {@code return;} after the {@code if}).
 */
final class BareReturns {
  private BareReturns() {}

  /**
   * @param last the tree of the path's last node (null: none)
   * @param branch null for a path that does not end on a branch; else the condition's value
   * @param body the body the returns are in
   * @param at where to report when no {@code return;} follows (the method)
   */
  static Tree of(Tree last, List<Tree> bareReturns, Boolean branch, Tree body, Tree at) {
    int pos = last == null ? -1 : ((JCTree) last).getStartPosition();
    Tree taken = branch == null || last == null || bareReturns.isEmpty() ? null : takenPart(body, last);
    for (Tree r : bareReturns) {
      if (pos >= 0 && ((JCTree) r).getStartPosition() > pos
          && (taken == null || contains(taken, r) == branch)) {
        return r;
      }
    }
    return at;
  }

  /** The part a condition guards (an {@code if}'s then-branch, a loop's body), or null. */
  private static Tree takenPart(Tree body, Tree condition) {
    Tree[] found = new Tree[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIf(IfTree t, Void v) {
        guards(t.getCondition(), t.getThenStatement());
        return super.visitIf(t, v);
      }

      @Override
      public Void visitWhileLoop(WhileLoopTree t, Void v) {
        guards(t.getCondition(), t.getStatement());
        return super.visitWhileLoop(t, v);
      }

      @Override
      public Void visitDoWhileLoop(DoWhileLoopTree t, Void v) {
        guards(t.getCondition(), t.getStatement());
        return super.visitDoWhileLoop(t, v);
      }

      @Override
      public Void visitForLoop(ForLoopTree t, Void v) {
        if (t.getCondition() != null) {
          guards(t.getCondition(), t.getStatement());
        }
        return super.visitForLoop(t, v);
      }

      /** The innermost match wins: it is found last. */
      private void guards(Tree cond, Tree part) {
        if (contains(cond, condition)) {
          found[0] = part;
        }
      }
    }.scan(body, null);
    return found[0];
  }

  private static boolean contains(Tree root, Tree wanted) {
    if (root == wanted) {
      return true;
    }
    Boolean in = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean scan(Tree t, Void v) {
        return t == wanted || Boolean.TRUE.equals(super.scan(t, v));
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
      }
    }.scan(root, null);
    return Boolean.TRUE.equals(in);
  }
}

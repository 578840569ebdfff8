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
 * {@code return;} after the {@code if}); a path that left a {@code switch} by a {@code break}
 * ends at one after the {@code switch}.
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
    // A path whose last node is the switch itself left it by a break: its returns are behind it.
    Tree left = last != null && last.getKind() == Tree.Kind.SWITCH ? last : null;
    List<Tree> elses = null;
    for (Tree r : bareReturns) {
      if (pos >= 0 && ((JCTree) r).getStartPosition() > pos
          && (taken == null || contains(taken, r) == branch)
          && (left == null || !contains(left, r))) {
        if (elses == null) {
          elses = elsesAround(body, last);
        }
        if (!inAny(elses, r)) {
          return r;
        }
      }
    }
    return at;
  }

  /** The else-parts of the {@code if}s whose then-part holds {@code t}: no path from t enters them. */
  private static List<Tree> elsesAround(Tree body, Tree t) {
    List<Tree> out = new java.util.ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIf(IfTree i, Void v) {
        if (i.getElseStatement() != null && contains(i.getThenStatement(), t)) {
          out.add(i.getElseStatement());
        }
        return super.visitIf(i, v);
      }
    }.scan(body, null);
    return out;
  }

  private static boolean inAny(List<Tree> parts, Tree r) {
    for (Tree p : parts) {
      if (contains(p, r)) {
        return true;
      }
    }
    return false;
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

  /**
   * Whether {@code wanted} is {@code root} or inside it; a tree the graph builder made (the
   * {@code k = k + 1} of {@code k++}) is found by its source position.
   */
  private static boolean contains(Tree root, Tree wanted) {
    if (root == wanted) {
      return true;
    }
    int at = ((JCTree) wanted).getStartPosition();
    Boolean in = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean scan(Tree t, Void v) {
        return t == wanted || (t != null && at >= 0 && ((JCTree) t).getStartPosition() == at)
            || Boolean.TRUE.equals(super.scan(t, v));
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
      }
    }.scan(root, null);
    return Boolean.TRUE.equals(in);
  }
}

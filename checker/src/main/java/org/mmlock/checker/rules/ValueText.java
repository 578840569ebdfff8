package org.mmlock.checker.rules;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeScanner;

/**
 * Names a value that no access path names (a call's result, a new object, an array element at a
 * computed index) by its source expression: {@code PTL(pte_lockptr(mm, pmd))}, not
 * {@code PTL(<call result>)}. {@link Describe} writes such a value as a mark holding the
 * expression's position ({@link #mark}); the {@link Emitter} replaces each mark with the
 * expression's text once it knows the compilation unit ({@link #resolve}). Control characters
 * never come from anything else in a message: {@link Describe#printable} escapes the user's.
 */
final class ValueText {
  /** Starts and ends a mark. */
  private static final char MARK = '\u0001';
  /** Longer texts, or texts over several lines, are shortened to the callee's name. */
  private static final int LONGEST = 48;

  private ValueText() {}

  /**
   * The mark for a path's root that names the value of the expression at a position: {@code $123}
   * a call or a new object, {@code $[]123} an array element (see {@code Paths}).
   */
  static String mark(String root) {
    return MARK + root + MARK;
  }

  /** {@code message} with each mark replaced by its expression's text in {@code root}. */
  static String resolve(String message, CompilationUnitTree root) {
    int start = message.indexOf(MARK);
    if (start < 0) {
      return message;
    }
    StringBuilder b = new StringBuilder(message.length() + 32);
    int from = 0;
    while (start >= 0) {
      int end = message.indexOf(MARK, start + 1);
      if (end < 0) {
        break;
      }
      b.append(message, from, start).append(text(message.substring(start + 1, end), root));
      from = end + 1;
      start = message.indexOf(MARK, from);
    }
    return b.append(message, from, message.length()).toString();
  }

  private static String text(String mark, CompilationUnitTree root) {
    boolean array = mark.startsWith("$[]");
    String fallback = array ? "<an array element>" : "<call result>";
    int pos;
    try {
      pos = Integer.parseInt(mark.substring(array ? 3 : 1));
    } catch (NumberFormatException e) {
      return fallback;
    }
    Find f = new Find(pos, array);
    if (root instanceof JCTree) {
      ((JCTree) root).accept(f);
    }
    return f.found == null ? fallback : shown(f.found, fallback);
  }

  private static String shown(JCTree t, String fallback) {
    String s = t.toString();
    if (s.length() <= LONGEST && s.indexOf('\n') < 0) {
      return s;
    }
    if (t instanceof JCTree.JCMethodInvocation) {
      return name(((JCTree.JCMethodInvocation) t).meth) + "(…)";
    }
    return t instanceof JCTree.JCNewClass ? "new " + ((JCTree.JCNewClass) t).clazz + "(…)" : fallback;
  }

  /** A callee as written, without its receiver when that is long: {@code pte_lockptr}. */
  private static String name(JCTree.JCExpression meth) {
    String s = meth.toString();
    return s.length() <= LONGEST ? s : com.sun.tools.javac.tree.TreeInfo.name(meth).toString();
  }

  /** Finds the call, new object or array access at a position. */
  private static final class Find extends TreeScanner {
    final int pos;
    final boolean array;
    JCTree found;

    Find(int pos, boolean array) {
      this.pos = pos;
      this.array = array;
    }

    @Override
    public void scan(JCTree t) {
      if (found == null && t != null) {
        super.scan(t);
      }
    }

    @Override
    public void visitApply(JCTree.JCMethodInvocation t) {
      at(t, !array);
      super.visitApply(t);
    }

    @Override
    public void visitNewClass(JCTree.JCNewClass t) {
      at(t, !array);
      super.visitNewClass(t);
    }

    @Override
    public void visitIndexed(JCTree.JCArrayAccess t) {
      at(t, array);
      super.visitIndexed(t);
    }

    private void at(JCTree t, boolean kind) {
      if (kind && t.pos == pos) {
        found = t;
      }
    }
  }
}

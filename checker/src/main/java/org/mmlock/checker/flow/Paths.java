package org.mmlock.checker.flow;

import com.sun.source.tree.Tree;
import com.sun.tools.javac.tree.JCTree;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.NarrowingConversionNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ThisNode;
import org.checkerframework.dataflow.cfg.node.TypeCastNode;
import org.checkerframework.dataflow.cfg.node.WideningConversionNode;
import org.mmlock.checker.model.LockExpr;
import org.mmlock.checker.model.Names;

/**
 * Access paths: how the checker names the objects locks live on. A path is a local or
 * parameter name, {@code this}, or {@code Class.field}, followed by field selections and
 * {@code .get()} of a {@code Ref}; a call's result is {@code $N} (N its source position) until it
 * is stored in a local. Paths are canonicalised through the store's aliases, so that after
 * {@code mm = vma.vm_mm} both name the same lock.
 */
public final class Paths {
  private Paths() {}

  /** The canonical path of an expression node, or null when it is not an access path. */
  public static String of(Node n, LockStore s) {
    n = unwrap(n);
    if (n instanceof LocalVariableNode) {
      return canon(local((LocalVariableNode) n), s);
    }
    if (n instanceof ThisNode) {
      return "this";
    }
    if (n instanceof FieldAccessNode) {
      FieldAccessNode f = (FieldAccessNode) n;
      if (f.isStatic()) {
        Element e = f.getElement();
        return e.getEnclosingElement().getSimpleName() + "." + e.getSimpleName();
      }
      String r = of(f.getReceiver(), s);
      return r == null ? null : canon(r + "." + f.getFieldName(), s);
    }
    if (n instanceof org.checkerframework.dataflow.cfg.node.ArrayAccessNode) {
      org.checkerframework.dataflow.cfg.node.ArrayAccessNode a =
          (org.checkerframework.dataflow.cfg.node.ArrayAccessNode) n;
      String arr = of(a.getArray(), s);
      Node i = unwrap(a.getIndex());
      String idx = i instanceof org.checkerframework.dataflow.cfg.node.IntegerLiteralNode
          ? String.valueOf(((org.checkerframework.dataflow.cfg.node.IntegerLiteralNode) i).getValue())
          : i instanceof LocalVariableNode ? local((LocalVariableNode) i) : null;
      if (arr != null && idx == null) {
        // mms[i + 1]: an element no other expression names; a name of its own, as a call's
        // result has, so that what it requires is still checked
        Tree t = n.getTree();
        return t == null ? null : "$[]" + ((JCTree) t).pos;
      }
      return arr == null ? null : canon(arr + "[" + idx + "]", s);
    }
    if (n instanceof org.checkerframework.dataflow.cfg.node.TernaryExpressionNode) {
      // c ? a : b is the local the graph builder assigns in each branch: a path when both agree
      return of(((org.checkerframework.dataflow.cfg.node.TernaryExpressionNode) n).getTernaryExpressionVar(), s);
    }
    if (n instanceof org.checkerframework.dataflow.cfg.node.ObjectCreationNode) {
      Tree t = n.getTree();
      return t == null ? null : "$" + ((JCTree) t).pos;
    }
    if (n instanceof MethodInvocationNode) {
      MethodInvocationNode m = (MethodInvocationNode) n;
      if (isRefGet(m)) {
        String r = of(m.getTarget().getReceiver(), s);
        return r == null ? null : canon(r + ".get()", s);
      }
      return callResult(m);
    }
    return null;
  }

  /** A local variable's name ({@code LocalVariableNode.getName()}, without decoding it each time). */
  public static String local(LocalVariableNode n) {
    return Names.of(localName(n));
  }

  /** A local variable's name, as javac keeps it. */
  public static javax.lang.model.element.Name localName(LocalVariableNode n) {
    Tree t = n.getTree();
    return t instanceof com.sun.source.tree.IdentifierTree
        ? ((com.sun.source.tree.IdentifierTree) t).getName()
        : ((com.sun.source.tree.VariableTree) t).getName();
  }

  /** Whether a type is one of the simulated API's ({@code org.mmlock.mm}). */
  public static boolean isApiType(javax.lang.model.type.TypeMirror t) {
    if (!(t instanceof javax.lang.model.type.DeclaredType)) {
      return false;
    }
    return Names.inApi(((javax.lang.model.type.DeclaredType) t).asElement());
  }

  /** The path naming a call's result until it is stored. */
  public static String callResult(MethodInvocationNode m) {
    Tree t = m.getTree();
    return "$" + (t == null ? System.identityHashCode(m) : ((JCTree) t).pos);
  }

  /** Extends a path by one selector and canonicalises it. */
  public static String select(String path, String selector, LockStore s) {
    return canon(path + "." + selector, s);
  }

  /** Resolves an expression's selectors on a resolved root. */
  public static String extend(LockExpr e, String root, LockStore s) {
    String p = root;
    for (String sel : e.selectors) {
      p = select(p, sel, s);
    }
    return p;
  }

  /**
   * A path written in terms of the parameters (a contract's), as the store names it: each
   * selector after the root through the store's aliases ({@code vma.vm_mm} is {@code mm} after
   * {@code mm = vma.vm_mm}). The root is the parameter itself, not what a new value made it name.
   */
  public static String canonical(String path, LockStore s) {
    int dot = path.indexOf('.');
    if (dot < 0 || s.aliases().isEmpty()) {
      return path;
    }
    String p = path.substring(0, dot);
    while (dot >= 0) {
      int next = path.indexOf('.', dot + 1);
      p = canon(p + (next < 0 ? path.substring(dot) : path.substring(dot, next)), s);
      dot = next;
    }
    return p;
  }

  static String canon(String p, LockStore s) {
    String a = s.alias(p);
    return a != null ? a : p;
  }

  /** Strips casts, conversions, boxing and assignments (to their target), which do not change the object named. */
  public static Node unwrap(Node n) {
    while (true) {
      if (n instanceof TypeCastNode) {
        n = ((TypeCastNode) n).getOperand();
      } else if (n instanceof WideningConversionNode) {
        n = ((WideningConversionNode) n).getOperand();
      } else if (n instanceof NarrowingConversionNode) {
        n = ((NarrowingConversionNode) n).getOperand();
      } else if (n instanceof org.checkerframework.dataflow.cfg.node.AssignmentNode) {
        // (pte = pte_offset_map_lock(...)) == null: the value is what the target now holds
        n = ((org.checkerframework.dataflow.cfg.node.AssignmentNode) n).getTarget();
      } else if (n instanceof MethodInvocationNode && isBoxing((MethodInvocationNode) n)) {
        MethodInvocationNode m = (MethodInvocationNode) n;
        n = m.getArguments().isEmpty() ? m.getTarget().getReceiver() : m.getArguments().get(0);
      } else {
        return n;
      }
    }
  }

  private static boolean isBoxing(MethodInvocationNode m) {
    ExecutableElement e = m.getTarget().getMethod();
    String owner = Names.qualified(e.getEnclosingElement());
    if (!owner.startsWith("java.lang.")) {
      return false;
    }
    String name = Names.of(e.getSimpleName());
    return name.equals("valueOf") || name.endsWith("Value");
  }

  private static boolean isRefGet(MethodInvocationNode m) {
    return Names.isApiMethod(m.getTarget().getMethod(), "Ref", "get", 0);
  }
}

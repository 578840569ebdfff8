package org.mmlock.checker.flow;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import com.sun.tools.javac.tree.JCTree;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.javacutil.TreeUtils;

/**
 * What is known of an {@code MmWalkOps}: its {@code walk_lock} and whether it has an
 * {@code install_pte}, read from its construction ({@code new MmWalkOps(PGWALK_RDLOCK, cb)}),
 * inline, in a local, or in a {@code static final} field of the code being compiled. Encoded as
 * {@code "PGWALK_RDLOCK false"}; {@code "?"} stands for what cannot be determined.
 */
public final class WalkOps {
  private static final String OPS = org.mmlock.checker.model.Names.API_PACKAGE + ".MmWalkOps";
  private final Trees trees;
  private final Map<Element, String> fields = new HashMap<>();

  public WalkOps(Trees trees) {
    this.trees = trees;
  }

  /** The ops created by this node, or null when it does not create an {@code MmWalkOps}. */
  static String describe(ObjectCreationNode n) {
    return n.getTree() == null ? null : describe(n.getTree());
  }

  static String describe(NewClassTree t) {
    if (((JCTree.JCNewClass) t).constructor == null) {
      return unattributed(t);
    }
    Element ctor = TreeUtils.elementFromUse(t);
    if (ctor == null || !ctor.getEnclosingElement().toString().equals(OPS)) {
      return null;
    }
    List<? extends ExpressionTree> args = t.getArguments();
    String lock = "?";
    if (!args.isEmpty()) {
      Element e = TreeUtils.elementFromTree(bare(args.get(0)));
      if (e != null && e.getKind() == ElementKind.ENUM_CONSTANT) {
        lock = e.getSimpleName().toString();
      }
    }
    return lock + " " + install(args);
  }

  /**
   * The initialiser of a {@code static final MmWalkOps} field in a class javac has not attributed
   * yet (it comes later in the compilation): read from the source alone. The field's type is the
   * API's {@code MmWalkOps}, a final class, so a {@code new MmWalkOps(...)} there builds one; the
   * first argument counts when it names a {@code PageWalkLock} constant ({@code PGWALK_RDLOCK},
   * {@code PageWalkLock.PGWALK_RDLOCK} or fully qualified), as javac will resolve it.
   */
  private static String unattributed(NewClassTree t) {
    if (!simpleName(t.getIdentifier()).equals("MmWalkOps")) {
      return null;
    }
    List<? extends ExpressionTree> args = t.getArguments();
    String lock = "?";
    if (!args.isEmpty() && isWalkLockConstant(bare(args.get(0)))) {
      lock = simpleName(bare(args.get(0)));
    }
    return lock + " " + install(args);
  }

  private static boolean isWalkLockConstant(ExpressionTree e) {
    String name = simpleName(e);
    if (!name.startsWith("PGWALK_")) {
      return false;
    }
    if (e instanceof IdentifierTree) {
      return true;
    }
    if (!(e instanceof MemberSelectTree)) {
      return false;
    }
    String q = ((MemberSelectTree) e).getExpression().toString();
    return q.equals("PageWalkLock") || q.equals(org.mmlock.checker.model.Names.API_PACKAGE + ".PageWalkLock");
  }

  /** The name an identifier, a selection or a parameterised type ends with; "" for others. */
  private static String simpleName(Tree t) {
    javax.lang.model.element.Name n = com.sun.tools.javac.tree.TreeInfo.name((JCTree) t);
    return n == null ? "" : n.toString();
  }

  /**
   * Reads a {@code static final MmWalkOps} field of a class being checked, while javac's trees of
   * it are attributed: by the time a later class uses the field, javac may have lowered them.
   */
  public void remember(VariableTree t, VariableElement f) {
    if (f.getModifiers().contains(Modifier.STATIC) && f.getModifiers().contains(Modifier.FINAL)
        && f.asType().toString().equals(OPS)) {
      field(f);
    }
  }

  /** An argument without parentheses and casts around it ({@code (InstallPte) Foo::fill}). */
  private static ExpressionTree bare(ExpressionTree t) {
    while (t.getKind() == Tree.Kind.PARENTHESIZED || t.getKind() == Tree.Kind.TYPE_CAST) {
      t = t.getKind() == Tree.Kind.PARENTHESIZED ? ((com.sun.source.tree.ParenthesizedTree) t).getExpression()
          : ((com.sun.source.tree.TypeCastTree) t).getExpression();
    }
    return t;
  }

  /** No third argument or a null literal: none; a lambda, method reference or object: one; else unknown. */
  private static String install(List<? extends ExpressionTree> args) {
    ExpressionTree a = args.size() < 3 ? null : bare(args.get(2));
    if (a == null || a.getKind() == Tree.Kind.NULL_LITERAL) {
      return "false";
    }
    switch (a.getKind()) {
      case LAMBDA_EXPRESSION:
      case MEMBER_REFERENCE:
      case NEW_CLASS:
        return "true";
      default:
        return "?";
    }
  }

  /**
   * The ops passed as {@code arg} at a call at {@code at}: tracked in the store, a
   * {@code static final} field whose initialiser is in this compilation, or a local that is never
   * reassigned (one a lambda or a local class captures); "? ?" when unknown.
   */
  public String of(Node arg, String path, LockStore s, TreePath at) {
    String known = path == null ? null : s.ops(path);
    if (known != null) {
      return known;
    }
    Node n = Paths.unwrap(arg);
    if (n instanceof FieldAccessNode && ((FieldAccessNode) n).getElement() instanceof VariableElement) {
      return field((VariableElement) ((FieldAccessNode) n).getElement());
    }
    if (n instanceof LocalVariableNode && at != null) {
      return onlyValue(((LocalVariableNode) n).getElement(), at);
    }
    return "? ?";
  }

  /**
   * A local's ops when its initialiser is its only value. A lambda or a local class body is
   * analysed on its own, so the store there knows nothing of a local it captures from the
   * enclosing method; javac has it final or effectively final, and its declaration is in an
   * enclosing body. That body is found by walking out from the use ({@code at}) and scanned for
   * the declaration and for any assignment to the same variable: an assigned local (or a
   * declaration without an initialiser, or one not found) stays unknown.
   */
  private String onlyValue(VariableElement v, TreePath at) {
    if (v == null || v.getKind() != ElementKind.LOCAL_VARIABLE) {
      return "? ?";
    }
    for (TreePath p = at; p != null; p = p.getParentPath()) {
      if (isBody(p)) {
        OnlyValue scan = new OnlyValue(v);
        scan.scan((JCTree) p.getLeaf());
        if (scan.declared) {
          return scan.reassigned || scan.init == null ? "? ?" : initial(scan.init);
        }
      }
    }
    return "? ?";
  }

  /** A method, a lambda, or a class member (an initializer block, a field's initialiser). */
  private static boolean isBody(TreePath p) {
    Tree.Kind k = p.getLeaf().getKind();
    return k == Tree.Kind.METHOD || k == Tree.Kind.LAMBDA_EXPRESSION
        || (p.getParentPath() != null && p.getParentPath().getLeaf() instanceof com.sun.source.tree.ClassTree
            && (k == Tree.Kind.BLOCK || k == Tree.Kind.VARIABLE));
  }

  /** The ops of a local's initialiser: a {@code new MmWalkOps(...)} or a {@code static final} field. */
  private String initial(ExpressionTree init) {
    ExpressionTree e = bare(init);
    if (e instanceof NewClassTree) {
      String d = describe((NewClassTree) e);
      return d == null ? "? ?" : d;
    }
    Element f = TreeUtils.elementFromTree(e);
    if (f instanceof VariableElement && f.getKind() == ElementKind.FIELD
        && f.getModifiers().contains(Modifier.STATIC) && f.asType().toString().equals(OPS)) {
      return field((VariableElement) f);
    }
    return "? ?";
  }

  /**
   * One scan of a body for a local: its declaration (and initialiser), and whether anything
   * assigns it ({@code =}, a compound assignment, {@code ++}/{@code --}). Matched by symbol, so
   * that a local of the same name elsewhere does not count.
   */
  private static final class OnlyValue extends AssignScanner {
    private final VariableElement v;
    boolean declared;
    boolean reassigned;
    ExpressionTree init;

    OnlyValue(VariableElement v) {
      this.v = v;
    }

    @Override
    public void visitVarDef(JCTree.JCVariableDecl t) {
      if (t.sym == v) {
        declared = true;
        init = t.init;
      }
      super.visitVarDef(t);
    }

    @Override
    protected void assigned(JCTree target) {
      if (com.sun.tools.javac.tree.TreeInfo.symbol(target) == v) {
        reassigned = true;
      }
    }
  }

  /** The ops held by a {@code static final} field, or null when {@code n} is not such a field. */
  String ofField(Node n) {
    n = Paths.unwrap(n);
    if (n instanceof FieldAccessNode && ((FieldAccessNode) n).getElement() instanceof VariableElement
        && ((FieldAccessNode) n).getType().toString().equals(OPS)) {
      return field((VariableElement) ((FieldAccessNode) n).getElement());
    }
    return null;
  }

  /** The field's ops, read once (no method reference: see {@code MmFacts.Holds}). */
  private String field(VariableElement f) {
    String v = fields.get(f);
    if (v == null) {
      v = readField(f);
      if (v != null) {
        fields.put(f, v);
      }
    }
    return v;
  }

  private String readField(Element f) {
    if (!f.getModifiers().contains(Modifier.FINAL)) {
      return "? ?";
    }
    Tree t = trees.getTree(f);
    if (t instanceof VariableTree && ((VariableTree) t).getInitializer() instanceof NewClassTree) {
      String d = describe((NewClassTree) ((VariableTree) t).getInitializer());
      return d == null ? "? ?" : d;
    }
    return "? ?";
  }

  /** The {@code walk_lock} name of an encoded ops, or null when unknown. */
  public static String lock(String ops) {
    String l = ops.substring(0, ops.indexOf(' '));
    return l.equals("?") ? null : l;
  }

  /** Whether the ops has an {@code install_pte}: TRUE, FALSE, or null when unknown. */
  public static Boolean install(String ops) {
    String i = ops.substring(ops.indexOf(' ') + 1);
    return i.equals("?") ? null : Boolean.valueOf(i);
  }
}

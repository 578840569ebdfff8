package org.mmlock.checker;

import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import org.mmlock.checker.model.ContractModel;
import org.mmlock.checker.model.Names;

/**
 * The cheap pre-scan: one pass over a top-level class that decides, for every method and lambda
 * body in it, whether the body is worth a control-flow graph (it calls a method with an mmlock
 * contract, or reads a field of an API object), collects what the analysis needs to know about
 * the body's shape, and collects the class's method references. It runs on javac's own tree
 * scanner, which javac's passes have already made fast by the time a class is checked.
 */
final class Relevance {
  private final ContractModel model;

  Relevance(ContractModel model) {
    this.model = model;
  }

  /** Trees in source order (a class, not a lambda: see {@code MmFacts.Holds}). */
  private static final java.util.Comparator<Tree> BY_START = new ByStart();

  private static final class ByStart implements java.util.Comparator<Tree> {
    @Override
    public int compare(Tree a, Tree b) {
      return Integer.compare(((JCTree) a).getStartPosition(), ((JCTree) b).getStartPosition());
    }
  }

  /**
   * What the scan found in one body; a lambda or class inside is a body of its own. As a
   * predicate: {@link #assignedOnce}.
   */
  private static final class Reassigned implements java.util.function.Predicate<String> {
    private final Facts facts;

    Reassigned(Facts facts) {
      this.facts = facts;
    }

    @Override
    public boolean test(String n) {
      return facts.reassigns(n);
    }
  }

  static final class Facts implements java.util.function.Predicate<Name> {
    /** A node worth a CFG. */
    boolean touches;
    /** A loop: the CFG may have cycles. */
    boolean loops;
    /**
     * A class declared inside, or a lambda inside that is worth a CFG (or holds such a lambda or
     * a class): the visitor walks into the body for them. Each is a body of its own.
     */
    boolean nested;
    /** A {@code try} statement: exceptional edges may lead to its handlers. */
    boolean tries;
    /** How deep trees nest in the body (counted from its class): see {@code MethodAnalyzer}. */
    int depth;
    /** The {@code return;} statements, in source order (they have no CFG node). */
    final List<Tree> bareReturns = new ArrayList<>();
    /** Whether the body's parameters are known (a body scanned alone has them unseen). */
    private final boolean paramsKnown;
    /**
     * Where the body's parameters and locals get a value, one name per place: each parameter,
     * declaration and assignment. Null while there is none; most bodies scanned are never
     * analysed, so the counting waits for the first question ({@link #assignedOnce}).
     */
    private List<Name> sites;
    /** Per name, whether it gets a value at more than one place; made from {@link #sites}. */
    private Map<Name, Boolean> many;

    Facts(boolean paramsKnown) {
      this.paramsKnown = paramsKnown;
    }

    private void value(Name n) {
      if (sites == null) {
        sites = new ArrayList<>();
      }
      sites.add(n);
    }

    /**
     * No node is reached twice on one path: the body has no loop and no {@code try} (whose
     * {@code finally} blocks the CFG copies), and its parameters are known.
     */
    boolean singlePass() {
      return !loops && !tries && paramsKnown;
    }

    /** A local that gets a value at one place only (declared there, and not a parameter). */
    @Override
    public boolean test(Name n) {
      return assignedOnce(n);
    }

    /**
     * Whether the body gives parameter {@code n} a new value (taken to be so for a name assigned
     * in a body whose parameters were not scanned).
     */
    boolean reassigns(String n) {
      if (sites == null) {
        return false;
      }
      int count = 0;
      for (Name s : sites) {
        if (s.contentEquals(n)) {
          count++;
        }
      }
      return count > (paramsKnown ? 1 : 0);
    }

    /** {@link #reassigns} as a predicate (a class, not a lambda: see {@code MmFacts.Holds}). */
    java.util.function.Predicate<String> reassigned() {
      return new Reassigned(this);
    }

    boolean assignedOnce(Name n) {
      if (!paramsKnown || sites == null) {
        return false;
      }
      if (many == null) {
        many = new HashMap<>();
        for (Name s : sites) {
          many.put(s, many.containsKey(s) ? Boolean.TRUE : Boolean.FALSE);
        }
      }
      return Boolean.FALSE.equals(many.get(n));
    }
  }

  /** What the scan of one class found. */
  static final class Found {
    /** Facts per body: a method's block, a lambda's block or expression. */
    final Map<JCTree, Facts> bodies = new IdentityHashMap<>();
    /** The method references anywhere in the class, in source order. */
    final List<JCTree.JCMemberReference> references = new ArrayList<>();
  }

  /** Scans {@code tree} (a class, or a body on its own) once. */
  Found scan(Tree tree) {
    Scan s = new Scan();
    s.scan((JCTree) tree);
    return s.found;
  }

  /** The facts of {@code body}, scanning it alone if {@code found} lacks it. */
  Facts of(Found found, Tree body) {
    Facts f = found == null ? null : found.bodies.get(body);
    return f != null ? f : alone(body);
  }

  private Facts alone(Tree body) {
    Scan s = new Scan();
    s.body((JCTree) body, null);
    return s.found.bodies.get(body);
  }

  /** Whether a lambda's type is a functional interface outside the JDK (which declares no contract). */
  static boolean ownInterface(com.sun.tools.javac.code.Type t) {
    return t != null && t.tsym != null && t.hasTag(com.sun.tools.javac.code.TypeTag.CLASS)
        && !org.mmlock.checker.model.Names.inJdk(t.tsym);
  }

  /** One pass; {@code in} is the facts of the body being scanned, null between bodies. */
  private final class Scan extends org.mmlock.checker.flow.AssignScanner {
    final Found found = new Found();
    private Facts in;
    /** The nesting depth of the tree being scanned. */
    private int depth;

    @Override
    public void scan(JCTree t) {
      if (t == null) {
        return;
      }
      depth++;
      if (in != null && depth > in.depth) {
        in.depth = depth;
      }
      t.accept(this);
      depth--;
    }

    /** Scans {@code body} as a body of its own, with its parameters (null: not known). */
    void body(JCTree body, List<JCTree.JCVariableDecl> params) {
      Facts outer = in;
      Facts f = new Facts(params != null);
      found.bodies.put(body, f);
      if (params != null) {
        for (JCTree.JCVariableDecl p : params) {
          f.value(p.name);
        }
      }
      in = f;
      scan(body);
      f.bareReturns.sort(BY_START);
      in = outer;
      if (outer != null && (f.touches || f.nested)) {
        outer.nested = true; // a lambda's: the enclosing body holds work
      }
    }

    @Override
    public void visitMethodDef(JCTree.JCMethodDecl t) {
      if (t.body != null) {
        body(t.body, t.params);
      }
    }

    @Override
    public void visitLambda(JCTree.JCLambda t) {
      body(t.body, t.params);
      if (in != null && !in.nested && ownInterface(t.type)) {
        // it may implement a method with a contract to keep (MmLockVisitor.visitLambdaExpression)
        in.nested = true;
      }
    }

    /** An initializer block of a class is a body of its own, without parameters. */
    @Override
    public void visitBlock(JCTree.JCBlock t) {
      if (in == null) {
        body(t, List.of());
      } else {
        super.visitBlock(t);
      }
    }

    @Override
    public void visitClassDef(JCTree.JCClassDecl t) {
      if (in != null) {
        in.nested = true;
      }
      Facts outer = in;
      in = null;
      scan(t.defs);
      in = outer;
    }

    @Override
    public void visitForLoop(JCTree.JCForLoop t) {
      loop();
      super.visitForLoop(t);
    }

    @Override
    public void visitForeachLoop(JCTree.JCEnhancedForLoop t) {
      loop();
      super.visitForeachLoop(t);
    }

    @Override
    public void visitWhileLoop(JCTree.JCWhileLoop t) {
      loop();
      super.visitWhileLoop(t);
    }

    @Override
    public void visitDoLoop(JCTree.JCDoWhileLoop t) {
      loop();
      super.visitDoLoop(t);
    }

    private void loop() {
      if (in != null) {
        in.loops = true;
      }
    }

    @Override
    public void visitTry(JCTree.JCTry t) {
      if (in != null) {
        in.tries = true;
      }
      super.visitTry(t);
    }

    @Override
    public void visitVarDef(JCTree.JCVariableDecl t) {
      if (in != null) {
        in.value(t.name);
      } else if (t.init != null) {
        body(t, List.of()); // a field's initializer: a body of its own, keyed by the field
        return;
      }
      super.visitVarDef(t);
    }

    /** An assignment to {@code target}: a local's name counts (and a field's too, harmlessly). */
    @Override
    protected void assigned(JCTree target) {
      if (in != null && target instanceof JCTree.JCIdent) {
        in.value(((JCTree.JCIdent) target).name);
      }
    }

    @Override
    public void visitReturn(JCTree.JCReturn t) {
      if (in != null && t.expr == null) {
        in.bareReturns.add(t);
      }
      super.visitReturn(t);
    }

    /**
     * A call to a method with a contract: every lock operation and PTE access of the API has one.
     * Types, constants and pure value tests ({@code pte_present}) have none.
     */
    @Override
    public void visitApply(JCTree.JCMethodInvocation t) {
      if (in != null && !in.touches) {
        Symbol s = TreeInfo.symbol(t.meth);
        in.touches = s instanceof Symbol.MethodSymbol
            && !model.contractOf((ExecutableElement) s).isEmpty();
      }
      super.visitApply(t);
    }

    /** A constructor with a contract: a guard object that takes a lock. */
    @Override
    public void visitNewClass(JCTree.JCNewClass t) {
      if (in != null && !in.touches) {
        Symbol s = t.constructor;
        in.touches = s instanceof Symbol.MethodSymbol
            && !model.contractOf((ExecutableElement) s).isEmpty();
      }
      super.visitNewClass(t);
    }

    /** A read of a field of an API object: a possibly-null result, an unstable VMA. */
    @Override
    public void visitSelect(JCTree.JCFieldAccess t) {
      if (in != null && !in.touches) {
        Symbol s = t.sym;
        in.touches = s instanceof Symbol.VarSymbol && !s.isStatic() && Names.inApi(s.owner);
      }
      super.visitSelect(t);
    }

    @Override
    public void visitReference(JCTree.JCMemberReference t) {
      found.references.add(t);
      super.visitReference(t);
    }
  }
}

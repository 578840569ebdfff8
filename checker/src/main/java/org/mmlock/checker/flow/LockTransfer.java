package org.mmlock.checker.flow;

import com.sun.source.tree.Tree;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.type.TypeKind;
import org.checkerframework.dataflow.analysis.ConditionalTransferResult;
import org.checkerframework.dataflow.analysis.ForwardTransferFunction;
import org.checkerframework.dataflow.analysis.RegularTransferResult;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.analysis.TransferResult;
import org.checkerframework.dataflow.cfg.UnderlyingAST;
import org.checkerframework.dataflow.cfg.node.AbstractNodeVisitor;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.BitwiseAndNode;
import org.checkerframework.dataflow.cfg.node.BooleanLiteralNode;
import org.checkerframework.dataflow.cfg.node.ClassNameNode;
import org.checkerframework.dataflow.cfg.node.MethodAccessNode;
import org.checkerframework.dataflow.cfg.node.IntegerLiteralNode;
import org.checkerframework.dataflow.cfg.node.LambdaResultExpressionNode;
import org.checkerframework.dataflow.cfg.node.LongLiteralNode;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.dataflow.cfg.node.ConditionalAndNode;
import org.checkerframework.dataflow.cfg.node.ConditionalNotNode;
import org.checkerframework.dataflow.cfg.node.ConditionalOrNode;
import org.checkerframework.dataflow.cfg.node.NullChkNode;
import org.checkerframework.dataflow.cfg.node.SwitchExpressionNode;
import org.checkerframework.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.dataflow.cfg.node.TypeCastNode;
import org.checkerframework.dataflow.cfg.node.EqualToNode;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.NotEqualNode;
import org.checkerframework.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.dataflow.cfg.node.ReturnNode;
import org.mmlock.checker.model.ContractModel;
import org.mmlock.checker.model.MethodContract;
import org.mmlock.checker.model.Names;

/**
 * The transfer function: one small method per node kind that changes lock state. Calls apply
 * their callee's contract ({@link CallEffects}); null and {@code init_mm} comparisons, trylock
 * results and revalidating comparisons split the store into then/else; assignments move a call
 * result's facts onto the local or record an alias. Reporting is not done here: an
 * {@link Observer} is attached only for the single replay after the fixpoint.
 */
public final class LockTransfer
    extends AbstractNodeVisitor<TransferResult<NoValue, LockStore>, TransferInput<NoValue, LockStore>>
    implements ForwardTransferFunction<NoValue, LockStore> {

  /** Sees each interesting node with the store just before it (reporting replay only). */
  public interface Observer {
    void call(Call call, LockStore before);

    void deref(FieldAccessNode n, String receiver, LockStore before);

  }

  private final ContractModel model;
  private final LockStore entry;
  private final ToIntFunction<Tree> lines;
  private Observer observer;
  /** Which locals get a value at one place only, in a single-pass body; null in any other. */
  private Predicate<Name> assignedOnce;
  private final java.util.Map<Node, String> returns = new java.util.IdentityHashMap<>(4);
  private boolean constructor;

  private final WalkOps ops;

  public LockTransfer(ContractModel model, LockStore entry, ToIntFunction<Tree> lines, WalkOps ops) {
    this.ops = ops;
    this.model = model;
    this.entry = entry;
    this.lines = lines;
  }

  /** In a constructor, assigning {@code this}'s fields initialises them: nothing is overwritten. */
  public void setConstructor(boolean c) {
    this.constructor = c;
  }

  public void setObserver(Observer o) {
    this.observer = o;
  }

  /**
   * Tells the transfer that the body has no loop and no {@code try} (then no node is reached
   * twice on one path) and which locals it assigns at one place only (not parameters): such a
   * local has no facts when it is assigned, so nothing needs renaming there.
   */
  public void setSinglePass(Predicate<Name> assignedOnce) {
    this.assignedOnce = assignedOnce;
  }

  @Override
  public LockStore initialStore(UnderlyingAST ast, List<LocalVariableNode> params) {
    return entry.copy();
  }

  private LockStore lastStore;
  private TransferResult<NoValue, LockStore> lastResult;

  /**
   * The result "store {@code s} flows on": most nodes change nothing, so consecutive nodes share
   * one result object (the analysis only reads results).
   */
  private TransferResult<NoValue, LockStore> regular(LockStore s) {
    if (s != lastStore) {
      lastStore = s;
      lastResult = new RegularTransferResult<>(null, s);
    }
    return lastResult;
  }

  private TransferResult<NoValue, LockStore> split(LockStore then, LockStore els) {
    return new ConditionalTransferResult<>(null, then, els);
  }

  /**
   * A node without a rule of its own. A split (a then and an else store) is about the value of
   * the node that made it; it flows on only through nodes that pass that value on unchanged
   * ({@link #keepsCondition}). Any other node computes a value of its own, so both stores meet:
   * {@code pmd_same(…) | force} is true where the PMD changed, {@code pte != null ^ c} where
   * {@code pte} is null, and a discarded {@code pmd_same(…);} says nothing about the next
   * statement.
   */
  @Override
  public TransferResult<NoValue, LockStore> visitNode(Node n, TransferInput<NoValue, LockStore> in) {
    return in.containsTwoStores() && keepsCondition(n) ? pass(in) : regular(in.getRegularStore());
  }

  private TransferResult<NoValue, LockStore> pass(TransferInput<NoValue, LockStore> in) {
    return in.containsTwoStores()
        ? split(in.getThenStore(), in.getElseStore())
        : regular(in.getRegularStore());
  }

  /**
   * Nodes whose value is the condition that reaches them: the framework's nodes at the end of
   * {@code &&}, {@code ||}, {@code ?:} and a {@code switch} expression (their stores arrive
   * already split by the branches), and a cast or null check of it; and the names a boxing
   * {@code Boolean.valueOf(…)} puts between a condition and the call that boxes it, which
   * evaluate nothing. (Not a marker: mmlock's own marks an opaque arithmetic value,
   * {@code (x & 1) == 0}, which is a value of its own.)
   */
  private static boolean keepsCondition(Node n) {
    return n instanceof ConditionalAndNode || n instanceof ConditionalOrNode
        || n instanceof TernaryExpressionNode || n instanceof SwitchExpressionNode
        || n instanceof TypeCastNode || n instanceof NullChkNode
        || n instanceof MethodAccessNode || n instanceof ClassNameNode;
  }

  @Override
  public TransferResult<NoValue, LockStore> visitMethodInvocation(MethodInvocationNode n,
      TransferInput<NoValue, LockStore> in) {
    ExecutableElement m = n.getTarget().getMethod();
    MethodContract c = m == null ? MethodContract.EMPTY : model.contractOf(m);
    LockStore before = in.getRegularStore();
    if (c.isEmpty()) {
      TransferResult<NoValue, LockStore> boxed = boxing(n, m, in);
      if (boxed != null) {
        return boxed;
      }
      if (org.mmlock.checker.model.Names.isApiMethod(m, "Ref", "set", 1)) {
        return regular(refSet(n, before));
      }
      LockStore[] none = org.mmlock.checker.model.Names.isApiMethod(m, "Pgtable", "pte_none", 1)
          ? Revalidation.noneTest(Paths.of(n.getArgument(0), before), before) : null;
      return none != null ? split(none[0], none[1]) : regular(before);
    }
    Call call = new Call(n, c, before, lines.applyAsInt(n.getTree()));
    if (observer != null && !before.dead()) {
      observer.call(call, before);
    }
    LockStore s = before.copy();
    CallEffects.apply(call, s, assignedOnce == null);
    CallEffects.Split cond = CallEffects.conditional(call, s);
    if (cond != null) {
      return split(cond.then, cond.els);
    }
    if (c.pte != null && c.pte.revalidates) {
      LockStore then = Revalidation.then(call, s);
      if (then != null) {
        return split(then, s);
      }
    }
    return regular(s);
  }

  /**
   * A {@code Boolean} between a trylock and its test ({@code Boolean ok = mmap_read_trylock(mm);
   * if (ok) …}): boxing keeps the two sides of the boxed condition, and unboxing a boolean local
   * tests it as the local itself would be tested. Null for any other call.
   */
  private TransferResult<NoValue, LockStore> boxing(MethodInvocationNode n, ExecutableElement m,
      TransferInput<NoValue, LockStore> in) {
    boolean box = m != null && m.getSimpleName().contentEquals("valueOf");
    boolean unbox = m != null && m.getSimpleName().contentEquals("booleanValue");
    if (!(box || unbox) || !"java.lang.Boolean".equals(Names.qualified(m.getEnclosingElement()))) {
      return null;
    }
    if (box && m.getParameters().size() == 1
        && m.getParameters().get(0).asType().getKind() == TypeKind.BOOLEAN && in.containsTwoStores()) {
      return split(in.getThenStore(), in.getElseStore());
    }
    Node recv = n.getTarget().getReceiver();
    if (unbox && recv instanceof LocalVariableNode) {
      return test(Paths.local((LocalVariableNode) recv), in.getRegularStore());
    }
    return null;
  }

  /**
   * {@code prev.set(vma)}: {@code prev.get()} names what was stored from here on, as a field
   * store does (madvise's {@code *prev = vma}); what it named before keeps its facts under
   * {@code prev.get()'}.
   */
  private static LockStore refSet(MethodInvocationNode n, LockStore s) {
    Node recv = n.getTarget().getReceiver();
    String r = recv == null ? null : Paths.of(recv, s);
    String v = Paths.of(n.getArgument(0), s);
    if (r == null || r.startsWith("$")) {
      return s;
    }
    String p = r + ".get()";
    LockStore out = s.copy();
    out.dropRoot(p + "'");
    out.renameRoot(p, p + "'");
    if (v != null && v.startsWith("$")) {
      out.renameRoot(v, p);
    } else if (v != null && !v.equals(p)) {
      out.setAlias(p, v);
    }
    return out;
  }

  @Override
  public TransferResult<NoValue, LockStore> visitAssignment(AssignmentNode n,
      TransferInput<NoValue, LockStore> in) {
    Node target = n.getTarget();
    if (!(target instanceof LocalVariableNode)) {
      return assignHeap(target, n.getExpression(), in);
    }
    if (untracked(target.getType())) {
      return visitNode(n, in);
    }
    String x = Paths.local((LocalVariableNode) target);
    LockStore s = in.getRegularStore().copy();
    String rhs = Paths.of(n.getExpression(), s);
    String old = x + "'";
    if (assignedOnce == null || !assignedOnce.test(Paths.localName((LocalVariableNode) target))) {
      s.dropRoot(old);
      s.renameRoot(x, old);
    }
    if (rhs != null && LockStore.under(rhs, x)) {
      rhs = old + rhs.substring(x.length());
    }
    if (rhs != null && rhs.startsWith("$")) {
      s.renameRoot(rhs, x);
    } else if (rhs != null) {
      s.setAlias(x, rhs);
      String o = ops.ofField(n.getExpression());
      if (o != null) {
        s.setOps(rhs, o);
      }
    }
    Node value = Paths.unwrap(n.getExpression());
    if (in.containsTwoStores() && isBoolean(target.getType()) && !(value instanceof BooleanLiteralNode)) {
      Conditions.recordBoolean(x, in.getThenStore(), in.getElseStore(), s);
    }
    if (value instanceof BooleanLiteralNode) {
      // ok = false; if (...) ok = mmap_read_trylock(mm); -- on the first path, ok is known false
      s.setValue(x, "bool:" + ((BooleanLiteralNode) value).getValue());
    } else if (value instanceof NullLiteralNode) {
      // ptl = null; if (...) ptl = pmd_lock(mm, pmd); -- a lock taken through ptl is held iff
      // ptl != null (LockStore's join)
      s.setValue(x, LockStore.NULL_VALUE);
    }
    return regular(s);
  }

  /**
   * Locals of these types never name a lock, a PTE, a table or a value the rules compare
   * (entries and PMD values are {@code long}, trylock results {@code boolean}).
   */
  private static boolean untracked(javax.lang.model.type.TypeMirror t) {
    switch (t.getKind()) {
      case INT:
      case SHORT:
      case BYTE:
      case CHAR:
      case FLOAT:
      case DOUBLE:
        return true;
      default:
        return "java.lang.String".equals(Names.qualified(t));
    }
  }

  /**
   * A field (or array element) is overwritten: locks held on the old object stay held but can
   * no longer be named through it.
   */
  private TransferResult<NoValue, LockStore> assignHeap(Node target, Node value, TransferInput<NoValue, LockStore> in) {
    LockStore s = in.getRegularStore();
    if (target instanceof FieldAccessNode && (constructor
        || ((FieldAccessNode) target).getElement().getModifiers().contains(javax.lang.model.element.Modifier.FINAL))) {
      // initialisation, not an overwrite: this.mm = mm names the same object as mm from here on
      String field = Paths.of(target, s);
      String v = Paths.of(value, s);
      if (field == null || v == null || v.startsWith("$") || field.equals(v) || s.alias(field) != null) {
        return regular(s);
      }
      LockStore out = s.copy();
      out.setAlias(field, v);
      return regular(out);
    }
    String p = Paths.of(target, s);
    String v = p == null ? null : Paths.of(value, s);
    // args.lock = pmd_lock(mm, pmd): a new object stored in a field of a local is named by that
    // field from here on (a lock taken on it is released through it)
    boolean fresh = v != null && v.startsWith("$") && target instanceof FieldAccessNode
        && ((FieldAccessNode) target).getReceiver() instanceof LocalVariableNode;
    if (p == null || p.startsWith("$") || (!fresh && !mentions(s, p))) {
      return regular(s);
    }
    LockStore out = s.copy();
    out.dropRoot(p + "'");
    out.renameRoot(p, p + "'");
    if (fresh) {
      out.renameRoot(v, p);
    }
    return regular(out);
  }

  private static boolean mentions(LockStore s, String p) {
    for (Held h : s.locks()) {
      if (LockStore.under(h.path, p)) {
        return true;
      }
    }
    for (String k : s.ptes().keySet()) {
      if (LockStore.under(k, p)) {
        return true;
      }
    }
    return s.alias(p) != null;
  }

  /**
   * Remembers the path each {@code return} returns, named in the store just before it; the last
   * analysis of a block has its final input, so what is kept at the end is final.
   */
  @Override
  public TransferResult<NoValue, LockStore> visitReturn(ReturnNode n, TransferInput<NoValue, LockStore> in) {
    return returning(n, n.getResult(), in);
  }

  /** An expression lambda's body value is its return: {@code (mm, a) -> lock_vma_under_rcu(mm, a)}. */
  @Override
  public TransferResult<NoValue, LockStore> visitLambdaResultExpression(LambdaResultExpressionNode n,
      TransferInput<NoValue, LockStore> in) {
    return returning(n, n.getResult(), in);
  }

  private TransferResult<NoValue, LockStore> returning(Node n, Node result,
      TransferInput<NoValue, LockStore> in) {
    Node value = result == null ? null : Paths.unwrap(result);
    // A literal is recorded as "=true", "=false" or "=null": a declared conditional acquisition
    // is checked against it (rules.ConditionalExits).
    returns.put(n, result == null ? null
        : value instanceof BooleanLiteralNode ? "=" + ((BooleanLiteralNode) value).getValue()
        : value instanceof NullLiteralNode ? "=null"
        : Paths.of(result, in.getRegularStore()));
    return pass(in);
  }

  /** The path {@code n} (a return, or an expression lambda's result) returns; null when none. */
  public String returned(Node n) {
    return returns.get(n);
  }

  @Override
  public TransferResult<NoValue, LockStore> visitLocalVariable(LocalVariableNode n,
      TransferInput<NoValue, LockStore> in) {
    if (n.getType().getKind() == TypeKind.BOOLEAN) {
      return test(Paths.local(n), in.getRegularStore());
    }
    return visitNode(n, in);
  }

  /**
   * Boolean local {@code x} as a condition. Each side knows the value (a lock taken on one side is
   * held iff it: LockStore's join), and a lock held on a condition of x is held, or not, on each.
   * Where the value is known already, the other side is taken by no execution.
   */
  private TransferResult<NoValue, LockStore> test(String x, LockStore s) {
    String known = s.value(x);
    LockStore t = "bool:false".equals(known) ? s.deadCopy() : Conditions.assume(x, true, s);
    LockStore f = "bool:true".equals(known) ? s.deadCopy() : Conditions.assume(x, false, s);
    return split(t, f);
  }

  /** {@code boolean} or {@code Boolean}: a type a trylock's result can be kept in. */
  private static boolean isBoolean(javax.lang.model.type.TypeMirror t) {
    return t.getKind() == TypeKind.BOOLEAN || "java.lang.Boolean".equals(Names.qualified(t));
  }

  /**
   * A literal condition: the other branch is taken by no execution ({@code do { … } while (true)}
   * is left by its {@code break}s and {@code return}s only, and its end is not a method exit).
   */
  @Override
  public TransferResult<NoValue, LockStore> visitBooleanLiteral(BooleanLiteralNode n,
      TransferInput<NoValue, LockStore> in) {
    if (in.containsTwoStores()) {
      return pass(in); // the operand of mmap_read_trylock(mm) == true (compare)
    }
    LockStore s = in.getRegularStore();
    return n.getValue() ? split(s, s.deadCopy()) : split(s.deadCopy(), s);
  }

  @Override
  public TransferResult<NoValue, LockStore> visitConditionalNot(ConditionalNotNode n,
      TransferInput<NoValue, LockStore> in) {
    return in.containsTwoStores()
        ? split(in.getElseStore(), in.getThenStore())
        : regular(in.getRegularStore());
  }

  @Override
  public TransferResult<NoValue, LockStore> visitEqualTo(EqualToNode n,
      TransferInput<NoValue, LockStore> in) {
    return compare(n.getLeftOperand(), n.getRightOperand(), true, in);
  }

  @Override
  public TransferResult<NoValue, LockStore> visitNotEqual(NotEqualNode n,
      TransferInput<NoValue, LockStore> in) {
    return compare(n.getLeftOperand(), n.getRightOperand(), false, in);
  }

  /** {@code x == null}, {@code mm == init_mm}, and their negations. */
  private TransferResult<NoValue, LockStore> compare(Node l, Node r, boolean eq,
      TransferInput<NoValue, LockStore> in) {
    Node literal = l instanceof BooleanLiteralNode ? l : r instanceof BooleanLiteralNode ? r : null;
    if (literal != null && in.containsTwoStores()) {
      // mmap_read_trylock(mm) == true, ok != false: true where the boolean operand is
      return ((BooleanLiteralNode) literal).getValue() == eq
          ? split(in.getThenStore(), in.getElseStore())
          : split(in.getElseStore(), in.getThenStore());
    }
    LockStore s = in.getRegularStore();
    LockStore[] split = null;
    if (r instanceof NullLiteralNode || l instanceof NullLiteralNode) {
      Node tested = Paths.unwrap(r instanceof NullLiteralNode ? l : r);
      split = Conditions.nullTest(Paths.of(tested, s), tested instanceof LocalVariableNode, s);
    } else if (isZero(r) || isZero(l)) {
      String vma = mayShareOf(isZero(r) ? l : r, s);
      if (vma != null) {
        LockStore[] sh = Conditions.sharedTest(vma, s);
        split = new LockStore[] {sh[1], sh[0]};
      }
    } else {
      String a = Paths.of(l, s);
      String b = Paths.of(r, s);
      if (MmFacts.INIT_MM.equals(b) && a != null) {
        split = Conditions.initMmTest(a, s);
      } else if (MmFacts.INIT_MM.equals(a) && b != null) {
        split = Conditions.initMmTest(b, s);
      }
    }
    if (split == null) {
      return regular(s);
    }
    return eq ? split(split[0], split[1]) : split(split[1], split[0]);
  }

  private static boolean isZero(Node n) {
    n = Paths.unwrap(n);
    return (n instanceof IntegerLiteralNode && ((IntegerLiteralNode) n).getValue() == 0)
        || (n instanceof LongLiteralNode && ((LongLiteralNode) n).getValue() == 0L);
  }

  /** The VMA of {@code vma.vm_flags & VM_MAYSHARE}, or null. */
  private static String mayShareOf(Node n, LockStore s) {
    n = Paths.unwrap(n);
    if (!(n instanceof BitwiseAndNode)) {
      return null;
    }
    BitwiseAndNode and = (BitwiseAndNode) n;
    String a = Paths.of(and.getLeftOperand(), s);
    String b = Paths.of(and.getRightOperand(), s);
    String flags = HugetlbFacts.VM_MAYSHARE.equals(b) ? a : HugetlbFacts.VM_MAYSHARE.equals(a) ? b : null;
    return flags != null && flags.endsWith(".vm_flags")
        ? flags.substring(0, flags.length() - ".vm_flags".length()) : null;
  }

  /**
   * {@code new}: a constructor's contract applies as a method's does (a guard object whose
   * constructor takes a lock), and a {@code new MmWalkOps(...)} records its mode.
   */
  @Override
  public TransferResult<NoValue, LockStore> visitObjectCreation(ObjectCreationNode n,
      TransferInput<NoValue, LockStore> in) {
    LockStore before = in.getRegularStore();
    LockStore s = constructed(n, before);
    String ops = WalkOps.describe(n);
    if (ops != null) {
      s = s == before ? before.copy() : s;
      s.setOps(Paths.of(n, s), ops);
    }
    return s == before ? visitNode(n, in) : regular(s);
  }

  /** The store after {@code new}'s constructor: {@code before} itself when it has no contract. */
  private LockStore constructed(ObjectCreationNode n, LockStore before) {
    Tree t = n.getTree();
    javax.lang.model.element.Element ctor = t == null ? null : ((com.sun.tools.javac.tree.JCTree.JCNewClass) t).constructor;
    MethodContract c = ctor instanceof ExecutableElement ? model.contractOf((ExecutableElement) ctor)
        : MethodContract.EMPTY;
    if (c.isEmpty()) {
      return before;
    }
    Call call = new Call(n, (ExecutableElement) ctor, c, before, lines.applyAsInt(t));
    if (observer != null && !before.dead()) {
      observer.call(call, before);
    }
    LockStore s = before.copy();
    CallEffects.apply(call, s, assignedOnce == null);
    return s;
  }

  @Override
  public TransferResult<NoValue, LockStore> visitFieldAccess(FieldAccessNode n,
      TransferInput<NoValue, LockStore> in) {
    if (observer != null && !n.isStatic() && Paths.isApiType(n.getReceiver().getType())) {
      LockStore s = in.getRegularStore();
      String r = s.dead() ? null : Paths.of(n.getReceiver(), s);
      if (r != null) {
        observer.deref(n, r, s);
      }
    }
    return visitNode(n, in);
  }
}

package org.mmlock.checker.flow;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;
import org.mmlock.checker.model.LockExpr;
import org.mmlock.checker.model.MethodContract;

/**
 * One call being analysed, of a method or of a constructor ({@code new}): its contract and the
 * access paths of its arguments, receiver and result, so that the callee's lock expressions can
 * be resolved in the caller's terms. A constructor's {@code this} is the object it makes.
 */
public final class Call {
  /** The call's node: a {@code MethodInvocationNode} or an {@code ObjectCreationNode}. */
  public final Node node;
  /** The method or constructor called. */
  public final ExecutableElement method;
  /** The argument nodes, in order. */
  public final List<Node> argNodes;
  /** Where the graph builder was when it made the node (null for {@code new}). */
  public final TreePath path;
  public final MethodContract contract;
  public final List<String> args;
  public final String receiver;
  public final String result;
  public final int line;

  Call(MethodInvocationNode node, MethodContract contract, LockStore s, int line) {
    this(node, node.getTarget().getMethod(), node.getArguments(), node.getTreePath(), contract,
        node.getTarget().getReceiver(), s, line);
  }

  Call(ObjectCreationNode node, ExecutableElement constructor, MethodContract contract, LockStore s,
      int line) {
    this(node, constructor, node.getArguments(), null, contract, null, s, line);
  }

  private Call(Node node, ExecutableElement method, List<Node> argNodes, TreePath path,
      MethodContract contract, Node recv, LockStore s, int line) {
    this.node = node;
    this.method = method;
    this.argNodes = argNodes;
    this.path = path;
    this.contract = contract;
    List<String> a = new ArrayList<>();
    for (Node arg : argNodes) {
      a.add(Paths.of(arg, s));
    }
    this.args = a;
    this.result = node instanceof MethodInvocationNode ? Paths.callResult((MethodInvocationNode) node)
        : Paths.of(node, s);
    this.receiver = node instanceof ObjectCreationNode ? result
        : recv == null ? null : Paths.of(recv, s);
    this.line = line;
  }

  /** The call's tree. */
  public Tree tree() {
    return node.getTree();
  }

  /**
   * The callee's name with parentheses, for messages: {@code find_vma()}, {@code new Guard()},
   * {@code Guard()} for {@code super(…)} or {@code this(…)}.
   */
  /**
   * Whether the context is atomic where the callee may sleep: before the call, less what the
   * callee itself releases and unmaps first (do_swap_page is entered with the PTE mapped and
   * unmaps it before it swaps in). Effects that need a lock or PTE the caller does not have are
   * not taken into account.
   */
  public boolean atomicForCallee(LockStore s) {
    if (!s.isAtomic()) {
      return false;
    }
    boolean releases = contract.pte != null && contract.pte.unmaps != null;
    for (org.mmlock.checker.model.Effect e : contract.effects) {
      releases |= e.op == org.mmlock.checker.model.Effect.Op.RELEASE;
    }
    return !releases || CallEffects.afterReleases(this, s).isAtomic();
  }

  public String callee() {
    return node instanceof ObjectCreationNode
        ? "new " + method.getEnclosingElement().getSimpleName() + "()"
        : org.mmlock.checker.model.Names.display(method);
  }

  /** Resolves a callee expression to a caller path; null when an argument is not a path. */
  public String resolve(LockExpr e, LockStore s) {
    String root = e.rootIn(args, receiver, result);
    return root == null || root.isEmpty() ? root : Paths.extend(e, root, s);
  }

  /** Like {@link #resolve}, but an unresolvable expression gets a fresh name nobody can match. */
  String resolveOrFresh(LockExpr e, LockStore s) {
    String p = resolve(e, s);
    return p != null ? p : "?" + result.substring(1) + ":" + e.text;
  }
}

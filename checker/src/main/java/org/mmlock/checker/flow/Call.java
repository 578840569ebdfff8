package org.mmlock.checker.flow;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.mmlock.checker.model.LockExpr;
import org.mmlock.checker.model.MethodContract;

/**
 * One call being analysed: its contract and the access paths of its arguments, receiver and
 * result, so that the callee's lock expressions can be resolved in the caller's terms.
 */
public final class Call {
  public final MethodInvocationNode node;
  public final MethodContract contract;
  public final List<String> args;
  public final String receiver;
  public final String result;
  public final int line;

  Call(MethodInvocationNode node, MethodContract contract, LockStore s, int line) {
    this.node = node;
    this.contract = contract;
    List<String> a = new ArrayList<>();
    for (Node arg : node.getArguments()) {
      a.add(Paths.of(arg, s));
    }
    this.args = a;
    Node recv = node.getTarget().getReceiver();
    this.receiver = recv == null ? null : Paths.of(recv, s);
    this.result = Paths.callResult(node);
    this.line = line;
  }

  /** The callee's name with parentheses, for messages. */
  public String callee() {
    return node.getTarget().getMethod().getSimpleName() + "()";
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

package org.mmlock.checker.rules;

import com.sun.source.tree.Tree;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.mmlock.checker.flow.Call;
import org.mmlock.checker.flow.LockStore;
import org.mmlock.checker.flow.LockTransfer;
import org.mmlock.checker.model.MethodContract;

/** The rules of one analysed method (or lambda body), as the replay's observer. */
public final class MethodRules implements LockTransfer.Observer {
  private final CallRules calls;
  private final DerefRules derefs;
  private final ExitRules exits;

  /**
   * Rules of method {@code m}, or of a lambda ({@code lambda}: {@code m} is its interface method);
   * {@code names} are the names the contract's expressions resolve to in the body (see
   * {@code Entry.keepEntryValues}); {@code body} names a body that is neither in messages ("the
   * static initializer"), else null.
   */
  public MethodRules(Reporter out, ExecutableElement m, MethodContract c,
      org.mmlock.checker.flow.WalkOps ops, java.util.List<String> names, boolean lambda, String body) {
    this.calls = new CallRules(out, ops);
    this.derefs = new DerefRules(out);
    this.exits = new ExitRules(out, m, c, names, lambda, body);
  }

  @Override
  public void call(Call call, LockStore before) {
    calls.check(call, before);
  }

  @Override
  public void deref(FieldAccessNode n, String receiver, LockStore before) {
    derefs.check(n, receiver, before);
  }

  /** A path ends: at a return ({@code returned} is the returned value's path) or the end. */
  public void exit(Tree at, LockStore atExit, String returned) {
    exits.check(at, atExit, returned);
  }
}

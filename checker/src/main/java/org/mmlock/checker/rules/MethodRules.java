package org.mmlock.checker.rules;

import com.sun.source.tree.Tree;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.ReturnNode;
import org.mmlock.checker.flow.Call;
import org.mmlock.checker.flow.LockStore;
import org.mmlock.checker.flow.LockTransfer;
import org.mmlock.checker.flow.Paths;
import org.mmlock.checker.model.MethodContract;

/** The rules of one analysed method (or lambda body), as the replay's observer. */
public final class MethodRules implements LockTransfer.Observer {
  private final CallRules calls;
  private final DerefRules derefs;
  private final ExitRules exits;

  public MethodRules(Reporter out, ExecutableElement m, MethodContract c) {
    this.calls = new CallRules(out);
    this.derefs = new DerefRules(out);
    this.exits = new ExitRules(out, m, c);
  }

  @Override
  public void call(Call call, LockStore before) {
    calls.check(call, before);
  }

  @Override
  public void deref(FieldAccessNode n, String receiver, LockStore before) {
    derefs.check(n, receiver, before);
  }

  @Override
  public void ret(ReturnNode n, LockStore before) {
    String returned = n.getResult() == null ? null : Paths.of(n.getResult(), before);
    exits.check(n.getTree(), before, returned);
  }

  /** The end of a method that falls off its last statement. */
  public void fallThrough(Tree method, LockStore atExit) {
    exits.check(method, atExit, null);
  }
}

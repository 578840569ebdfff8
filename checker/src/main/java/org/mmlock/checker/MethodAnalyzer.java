package org.mmlock.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.tree.JCTree;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.dataflow.analysis.ForwardAnalysisImpl;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.analysis.TransferResult;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.UnderlyingAST;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.builder.CFGBuilder;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ReturnNode;
import org.mmlock.checker.flow.Entry;
import org.mmlock.checker.flow.LockStore;
import org.mmlock.checker.flow.LockTransfer;
import org.mmlock.checker.flow.NoValue;
import org.mmlock.checker.model.ContractModel;
import org.mmlock.checker.model.MethodContract;
import org.mmlock.checker.rules.MethodRules;
import org.mmlock.checker.rules.Reporter;

/**
 * Analyses one method or lambda body: builds its CFG, runs the forward lock analysis to a
 * fixpoint, then replays every block once with the rules attached. A failure is reported as
 * {@code internal.error} on that method and the rest of the file is still checked.
 */
final class MethodAnalyzer {
  private final ContractModel model;
  private final Reporter out;
  private final ProcessingEnvironment env;

  private final String injectFailure;

  MethodAnalyzer(ContractModel model, Reporter out, ProcessingEnvironment env, String injectFailure) {
    this.model = model;
    this.out = out;
    this.env = env;
    this.injectFailure = injectFailure;
  }

  void method(CompilationUnitTree root, MethodTree t, ClassTree owner, ExecutableElement m,
      MethodContract c) {
    guarded(t, () -> {
      injected(t.getName().toString());
      run(root, new UnderlyingAST.CFGMethod(t, owner), m, c, Entry.store(m, c), t);
    });
  }

  void lambda(CompilationUnitTree root, LambdaExpressionTree t, ClassTree owner, MethodTree enclosing) {
    guarded(t, () -> {
      injected(enclosing == null ? "" : enclosing.getName().toString());
      run(root, new UnderlyingAST.CFGLambda(t, owner, enclosing), null, MethodContract.EMPTY,
          new LockStore(), t);
    });
  }

  private void injected(String name) {
    if (name.equals(injectFailure)) {
      throw new IllegalStateException("injected failure (-A" + MmLockChecker.INJECT_FAILURE + ")");
    }
  }

  private void guarded(Tree t, Runnable r) {
    try {
      r.run();
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      out.discard();
      String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      StackTraceElement[] st = e.getStackTrace();
      String where = st.length == 0 ? "" : " at " + st[0];
      out.report(t, "internal.error", "mmlock", ": " + what + where, "-",
          "a bug report with this method (the rest of the file was checked)");
    }
    out.flush();
  }

  private void run(CompilationUnitTree root, UnderlyingAST ast, ExecutableElement m,
      MethodContract c, LockStore entry, Tree at) {
    ControlFlowGraph cfg = CFGBuilder.build(root, ast, false, false, env);
    LockTransfer transfer = new LockTransfer(model, entry, tree -> line(root, tree));
    ForwardAnalysisImpl<NoValue, LockStore, LockTransfer> analysis = new ForwardAnalysisImpl<>(transfer);
    analysis.performAnalysis(cfg);
    MethodRules rules = new MethodRules(out, m, c);
    transfer.setObserver(rules);
    for (Block b : cfg.getDepthFirstOrderedBlocks()) {
      replay(b, analysis, transfer, rules, cfg, at);
    }
  }

  /** Runs a block's nodes once more, from its fixpoint input, with the rules observing. */
  private static void replay(Block b, ForwardAnalysisImpl<NoValue, LockStore, LockTransfer> a,
      LockTransfer transfer, MethodRules rules, ControlFlowGraph cfg, Tree at) {
    TransferInput<NoValue, LockStore> in = a.getInput(b);
    if (in == null) {
      return;
    }
    Node last = null;
    for (Node n : b.getNodes()) {
      TransferResult<NoValue, LockStore> r = n.accept(transfer, in);
      in = new TransferInput<>(n, a, r);
      last = n;
    }
    boolean fallsIntoExit = b.getSuccessors().contains(cfg.getRegularExitBlock());
    if (fallsIntoExit && !(last instanceof ReturnNode)) {
      rules.fallThrough(at, in.getRegularStore());
    }
  }

  private static int line(CompilationUnitTree root, Tree t) {
    if (t == null) {
      return 0;
    }
    return (int) root.getLineMap().getLineNumber(((JCTree) t).getStartPosition());
  }
}

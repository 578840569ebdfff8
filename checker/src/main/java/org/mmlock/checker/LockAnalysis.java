package org.mmlock.checker;

import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.analysis.ForwardAnalysisImpl;
import org.checkerframework.dataflow.analysis.Store;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.node.Node;
import org.mmlock.checker.flow.LockStore;
import org.mmlock.checker.flow.LockTransfer;
import org.mmlock.checker.flow.NoValue;

/**
 * The forward analysis, minus the one store nobody reads: the exceptional exit's. Every call can
 * throw, so the CFG gives each call edges to the exceptional exit, and the plain analysis copies
 * and joins the store along each of them. mmlock checks the state at normal exits only (exception
 * paths are a documented limitation), so those edges are skipped; edges into {@code catch} and
 * {@code finally} blocks are kept, as those blocks are checked.
 */
final class LockAnalysis extends ForwardAnalysisImpl<NoValue, LockStore, LockTransfer> {
  static final boolean OFF = Boolean.getBoolean("mmlock.off");
  private Block exceptionalExit;
  /** Whether some exceptional edge leads into a handler ({@code catch} or {@code finally}). */
  private boolean handlers;

  LockAnalysis(LockTransfer transfer) {
    super(transfer);
  }

  /** Runs the analysis on {@code cfg}, whose blocks are {@code blocks}. */
  void run(ControlFlowGraph cfg, java.util.Collection<Block> blocks) {
    exceptionalExit = cfg.getExceptionalExitBlock();
    handlers = hasHandlers(blocks);
    performAnalysis(cfg);
  }

  private boolean hasHandlers(java.util.Collection<Block> blocks) {
    for (Block b : blocks) {
      if (b instanceof ExceptionBlock) {
        for (java.util.Set<Block> targets : ((ExceptionBlock) b).getExceptionalSuccessors().values()) {
          for (Block t : targets) {
            if (t != exceptionalExit) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Without handlers, every exceptional edge goes to the exceptional exit: none is followed. */
  @Override
  protected boolean isIgnoredExceptionType(TypeMirror exception) {
    return !handlers && !OFF;
  }

  @Override
  protected void addStoreBefore(Block b, Node node, LockStore s, Store.Kind kind, boolean addToWorklist) {
    if (OFF || b != exceptionalExit) {
      super.addStoreBefore(b, node, s, kind, addToWorklist);
    }
  }
}

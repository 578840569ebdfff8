package org.mmlock.checker;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.analysis.ForwardAnalysisImpl;
import org.checkerframework.dataflow.analysis.Store;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.analysis.TransferResult;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.block.RegularBlock;
import org.checkerframework.dataflow.cfg.node.Node;
import org.mmlock.checker.flow.LockStore;
import org.mmlock.checker.flow.LockTransfer;
import org.mmlock.checker.flow.NoValue;

/**
 * The Checker Framework's forward analysis, with two savings that do not change its result:
 *
 * <ul>
 *   <li>No store flows to the exceptional exit. Every call can throw, so the CFG gives each call
 *       edges to that exit, and the plain analysis copies and joins the store along each of them.
 *       mmlock checks the state at normal exits only (exception paths are a documented
 *       limitation); edges into {@code catch} and {@code finally} blocks are kept, as those blocks
 *       are checked.
 *   <li>Straight-line runs are not queued. A call is a block of its own, so a body is mostly
 *       chains of one-node blocks. A block whose only predecessor is the block just analysed
 *       gets exactly that block's output, whenever the worklist would have reached it; the
 *       first time, it is analysed at once, without the join, comparison and queueing in
 *       between. Later visits (in a loop) go through the framework's join and comparison: the
 *       framework's predecessor sets can miss a back edge (after {@code while (true) {}} its
 *       last phase leaves a block that loops to itself listing only the block before the loop),
 *       and the comparison is what ends such a loop.
 * </ul>
 */
final class LockAnalysis extends ForwardAnalysisImpl<NoValue, LockStore, LockTransfer> {
  private Block exceptionalExit;
  /** Whether some exceptional edge leads into a handler ({@code catch} or {@code finally}). */
  private boolean handlers;
  /** The block to analyse right after the current one (see the class comment). */
  private Block next;
  /** The blocks whose output is kept (see {@link #output}). */
  private Set<Block> record;
  private final Map<Block, TransferInput<NoValue, LockStore>> outputs = new IdentityHashMap<>(4);
  /**
   * Block analyses allowed for one body. The lattice is finite and the join only loses facts, so
   * the fixpoint is reached long before this (the benchmark's pathological methods, 200 branches
   * in a row and loops nested 30 deep, take under a thousand and about 230); a body that gets here is reported as internal.error
   * rather than keeping javac busy for ever.
   */
  static final int STEP_LIMIT = 1_000_000;
  /** Block analyses so far in this run. */
  private int steps;
  /** {@link #STEP_LIMIT}, or what a test asked for ({@link TestSeams#STEP_LIMIT}). */
  private final int stepLimit;

  /** One analysis serves every body of a compilation, one at a time: see {@link #run}. */
  LockAnalysis(int stepLimit) {
    super((LockTransfer) null);
    this.stepLimit = stepLimit;
  }

  /**
   * Runs the analysis on {@code cfg} with {@code transfer}, keeping the output of each of
   * {@code pathEnds}; {@code mayHaveHandlers} is false when the body has no {@code try} (then no
   * exceptional edge can lead to a handler). The results of the previous run are forgotten (the
   * framework clears its own maps as the analysis starts).
   */
  void run(LockTransfer transfer, ControlFlowGraph cfg, boolean mayHaveHandlers,
      Set<Block> pathEnds) {
    transferFunction = transfer;
    steps = 0;
    outputs.clear();
    next = null;
    record = pathEnds;
    exceptionalExit = cfg.getExceptionalExitBlock();
    handlers = mayHaveHandlers && hasHandlers(cfg.getAllBlocks());
    performAnalysis(cfg);
  }

  private boolean hasHandlers(Collection<Block> blocks) {
    for (Block b : blocks) {
      if (b instanceof ExceptionBlock) {
        for (Set<Block> targets : ((ExceptionBlock) b).getExceptionalSuccessors().values()) {
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

  /**
   * As the framework's, without the parameter nodes it makes for the transfer function's initial
   * store: mmlock's initial store is the entry state read from the contract, and never looks at
   * them.
   */
  @Override
  protected void initInitialInputs() {
    worklist.process(cfg);
    Block entry = cfg.getEntryBlock();
    worklist.add(entry);
    LockStore initial = transferFunction.initialStore(cfg.getUnderlyingAST(), List.of());
    thenStores.put(entry, initial);
    elseStores.put(entry, initial);
    inputs.put(entry, new TransferInput<>(null, this, initial));
  }

  /** Without handlers, every exceptional edge goes to the exceptional exit: none is followed. */
  @Override
  protected boolean isIgnoredExceptionType(TypeMirror exception) {
    return !handlers;
  }

  @Override
  protected void addStoreBefore(Block b, Node node, LockStore s, Store.Kind kind, boolean addToWorklist) {
    if (b != exceptionalExit) {
      super.addStoreBefore(b, node, s, kind, addToWorklist);
    }
  }

  /**
   * The output of a path-end block, as its last analysis computed it (that analysis had the
   * block's final input); for a block without nodes, its input. Null when the block was not
   * reached.
   */
  TransferInput<NoValue, LockStore> output(Block b) {
    TransferInput<NoValue, LockStore> out = outputs.get(b);
    return out != null ? out : getInput(b);
  }

  @Override
  public void performAnalysisBlock(Block b) {
    analyse(b);
    while (next != null) {
      Block n = next;
      next = null;
      analyse(n);
    }
  }

  private void analyse(Block b) {
    if (++steps > stepLimit) {
      throw new IllegalStateException("no fixpoint after " + stepLimit + " block analyses");
    }
    if (b.getType() == Block.BlockType.REGULAR_BLOCK) {
      regular((RegularBlock) b);
    } else {
      super.performAnalysisBlock(b);
    }
    if (record.contains(b) && !b.getNodes().isEmpty()) {
      outputs.put(b, currentInput);
    }
  }

  /**
   * A regular block, as the framework analyses it, except that a node which leaves the store as
   * it found it passes its input on as it is instead of a new one. (An input's node serves
   * {@code getValueOfSubNode} only, and mmlock has no values.) Most nodes are such: reading a
   * local, a field, a literal.
   */
  private void regular(RegularBlock b) {
    TransferInput<NoValue, LockStore> in = getInputBefore(b).copy();
    Node last = null;
    boolean again = false;
    for (Node n : b.getNodes()) {
      TransferResult<NoValue, LockStore> r = callTransferFunction(n, in);
      again |= updateNodeValues(n, r);
      if (r.containsTwoStores() || in.containsTwoStores()
          || r.getRegularStore() != in.getRegularStore()) {
        in = new TransferInput<>(n, this, r);
      }
      last = n;
    }
    currentInput = in;
    propagateStoresTo(b.getSuccessor(), last, in, b.getFlowRule(), again);
  }

  @Override
  protected void propagateStoresTo(Block succ, Node node, TransferInput<NoValue, LockStore> in,
      Store.FlowRule rule, boolean addToWorklistAgain) {
    if (next == null && rule == Store.FlowRule.EACH_TO_EACH && !in.containsTwoStores()
        && (succ.getType() == Block.BlockType.REGULAR_BLOCK || succ.getType() == Block.BlockType.EXCEPTION_BLOCK)
        && Predecessors.count(succ) == 1 && !inputs.containsKey(succ)) {
      inputs.put(succ, new TransferInput<>(node, this, in.getRegularStore()));
      next = succ;
      return;
    }
    super.propagateStoresTo(succ, node, in, rule, addToWorklistAgain);
  }
}

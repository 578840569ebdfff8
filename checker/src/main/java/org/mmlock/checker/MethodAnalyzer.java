package org.mmlock.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.tree.JCTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.UnderlyingAST;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ConditionalBlock;
import org.checkerframework.dataflow.cfg.node.LambdaResultExpressionNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ReturnNode;
import org.mmlock.checker.flow.Entry;
import org.mmlock.checker.flow.LockStore;
import org.mmlock.checker.flow.LockTransfer;
import org.mmlock.checker.flow.NoValue;
import org.mmlock.checker.flow.Paths;
import org.mmlock.checker.model.ContractModel;
import org.mmlock.checker.model.MethodContract;
import org.mmlock.checker.rules.MethodRules;
import org.mmlock.checker.rules.Reporter;

/**
 * Analyses one method or lambda body: builds its CFG and runs the forward lock analysis to a
 * fixpoint with the rules watching; no block is analysed again for the rules. A failure is
 * reported as {@code internal.error} on that method and the rest of the file is still checked.
 */
final class MethodAnalyzer {
  private final ContractModel model;
  private final Reporter out;

  private final TestSeams seams;

  private final org.mmlock.checker.flow.WalkOps ops;

  private final Cfgs cfgs;

  /** The analysis, reused from body to body (each is done with before the next starts). */
  private final LockAnalysis analysis;

  /** Time accounting ({@code -Ammlock.stats}); null when off. */
  private final Stats stats;

  MethodAnalyzer(ContractModel model, Reporter out, ProcessingEnvironment env, TestSeams seams,
      org.mmlock.checker.flow.WalkOps ops, Stats stats) {
    this.stats = stats;
    this.cfgs = new Cfgs(env);
    this.ops = ops;
    this.model = model;
    this.out = out;
    this.seams = seams;
    this.analysis = new LockAnalysis(seams.stepLimit);
  }

  void method(CompilationUnitTree root, com.sun.source.util.TreePath path, MethodTree t,
      ClassTree owner, ExecutableElement m, MethodContract c, Relevance.Facts facts) {
    com.sun.source.util.TreePath body = new com.sun.source.util.TreePath(path, t.getBody());
    guarded(t, facts, new Runnable() {
      @Override
      public void run() {
        injected(t.getName().toString());
        MethodAnalyzer.this.run(root, body, new UnderlyingAST.CFGMethod(t, owner), m, c,
            Entry.store(m, c), t, null, facts, null);
      }
    });
  }

  /**
   * A field's initializer or an initializer block ({@code tree}, at {@code path}) starts with
   * nothing held: it runs in a constructor or in the class's static initialisation, before the
   * object or class is shared.
   */
  void initializer(CompilationUnitTree root, com.sun.source.util.TreePath path, Tree tree,
      ClassTree owner, String name, Relevance.Facts facts) {
    guarded(tree, facts, new Runnable() {
      @Override
      public void run() {
        MethodAnalyzer.this.run(root, path, new UnderlyingAST.CFGStatement(tree, owner), null,
            MethodContract.EMPTY, new LockStore(), tree, List.of(), facts, name);
      }
    });
  }

  /**
   * A lambda body starts with nothing held, or with what its functional interface method's
   * contract says ({@code PteEntry.pte_entry}: atomic, its PTE locked).
   */
  void lambda(CompilationUnitTree root, com.sun.source.util.TreePath path, LambdaExpressionTree t,
      ClassTree owner, MethodTree enclosing, ExecutableElement fn, MethodContract fnContract,
      Relevance.Facts facts) {
    com.sun.source.util.TreePath body = new com.sun.source.util.TreePath(path, t.getBody());
    guarded(t, facts, new Runnable() {
      @Override
      public void run() {
        injected(enclosing == null ? "" : enclosing.getName().toString());
        java.util.List<String> names = new ArrayList<>();
        for (com.sun.source.tree.VariableTree v : t.getParameters()) {
          names.add(v.getName().toString());
        }
        boolean typed = fn != null && names.size() == fn.getParameters().size();
        LockStore entry = typed ? Entry.store(fn, fnContract, names) : new LockStore();
        MethodAnalyzer.this.run(root, body, new UnderlyingAST.CFGLambda(t, owner, enclosing),
            typed ? fn : null, typed ? fnContract : MethodContract.EMPTY, entry, t, names, facts, null);
      }
    });
  }

  private void injected(String name) {
    if (name.equals(seams.injectFailure)) {
      throw new IllegalStateException("injected failure (-A" + TestSeams.INJECT_FAILURE + ")");
    }
  }

  /**
   * Bodies whose trees nest deeper than this are analysed on a thread of their own with a large
   * stack: the graph builder and the analysis recurse on expressions, and a chain of a thousand
   * {@code +} or {@code ?:} that javac compiles would overflow javac's own thread, at a depth
   * that varies from run to run with what the JIT has compiled.
   */
  static final int DEEP = 250;
  /** The deep bodies' stack: address space reserved, committed only as far as it is used. */
  private static final long DEEP_STACK = 1L << 30;

  private void guarded(Tree t, Relevance.Facts facts, Runnable r) {
    out.begin();
    try {
      if (facts.depth > DEEP) {
        onLargeStack(r);
      } else {
        r.run();
      }
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      out.discard();
      reportFailure(out, t, e, "method");
    }
  }

  /**
   * Runs {@code r} on a thread with a large stack, and waits for it: javac's state is only ever
   * used by one thread at a time. Its failure is rethrown here. ({@code -Ammlock.stats} counts
   * such a body's steps, not its share of its class's total.)
   */
  private static void onLargeStack(Runnable r) {
    Throwable[] failure = new Throwable[1];
    Runnable body = new Runnable() {
      @Override
      public void run() {
        try {
          r.run();
        } catch (RuntimeException | Error e) {
          failure[0] = e;
        }
      }
    };
    Thread deep = new Thread(null, body, "mmlock-deep-body", DEEP_STACK);
    deep.start();
    boolean interrupted = false;
    while (true) {
      try {
        deep.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure[0] instanceof RuntimeException) {
      throw (RuntimeException) failure[0];
    }
    if (failure[0] instanceof Error) {
      throw (Error) failure[0];
    }
  }

  /** Reports {@code e} on {@code t} (a method or a class) as internal.error. */
  static void reportFailure(Reporter out, Tree t, Throwable e, String what) {
    String failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    StackTraceElement[] st = e.getStackTrace();
    String where = st.length == 0 ? "" : " in " + st[0].getClassName() + "." + st[0].getMethodName();
    out.report(t, "internal.error", "mmlock", ": " + failure + where, "-",
        "a bug report with this " + what + " (the rest of the file was checked)");
  }

  private void run(CompilationUnitTree root, com.sun.source.util.TreePath bodyPath,
      UnderlyingAST ast, ExecutableElement m,
      MethodContract c, LockStore entry, Tree at, List<String> lambdaNames, Relevance.Facts facts,
      String bodyName) {
    if (stats != null) {
      stats.mark(Stats.Step.START);
    }
    ControlFlowGraph cfg = cfgs.build(bodyPath, ast, facts.tries);
    if (stats != null) {
      stats.mark(Stats.Step.CFG);
    }
    List<String> names = m == null ? List.of()
        : Entry.keepEntryValues(entry, lambdaNames != null ? lambdaNames : Entry.names(m), facts.reassigned());
    LockTransfer transfer = new LockTransfer(model, entry, new Lines(root), ops);
    // An initializer initialises fields, as a constructor does.
    transfer.setConstructor(bodyName != null || (m != null && lambdaNames == null
        && m.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR));
    MethodRules rules = new MethodRules(out, m, c, ops, names, lambdaNames != null, bodyName);
    // Without loops the CFG is acyclic: the worklist (reverse postorder) visits each block once,
    // with its final input, so the rules can watch the fixpoint itself. With loops a block can be
    // analysed several times; its last analysis has its final input, so the rules are given the
    // last thing seen at each node, in block order, once the fixpoint is reached.
    LastSeen lastSeen = new LastSeen();
    transfer.setObserver(facts.loops ? lastSeen : rules);
    if (facts.singlePass()) {
      transfer.setSinglePass(facts);
    }
    Map<Block, Set<Flow>> ends = pathEnds(cfg);
    analysis.run(transfer, cfg, facts.tries, ends.keySet());
    if (stats != null) {
      stats.mark(Stats.Step.FIXPOINT);
    }
    transfer.setObserver(null);
    List<Block> endBlocks = new ArrayList<>(ends.keySet());
    endBlocks.sort(LastSeen.BY_UID);
    // Without loops nothing was kept: only the exit checks run, block by block.
    lastSeen.replayTo(rules, endBlocks, new Exits(analysis, transfer, rules, ends, at, facts.bareReturns,
        cfg.getUnderlyingAST().getCode()));
    if (stats != null) {
      stats.mark(Stats.Step.RULES);
    }
  }

  /**
   * The lines of a body's trees. This and {@link Exits} are classes rather than lambdas, as are
   * the {@code Runnable}s above: a lambda costs a class spun at run time in every compilation
   * (see {@code MmFacts.Holds}).
   */
  private static final class Lines implements java.util.function.ToIntFunction<Tree> {
    private final CompilationUnitTree root;

    Lines(CompilationUnitTree root) {
      this.root = root;
    }

    @Override
    public int applyAsInt(Tree tree) {
      return line(root, tree);
    }
  }

  /** {@link #exits} of each block that ends a path, for {@link LastSeen#replayTo}. */
  private static final class Exits implements java.util.function.Consumer<Block> {
    private final LockAnalysis analysis;
    private final LockTransfer transfer;
    private final MethodRules rules;
    private final Map<Block, Set<Flow>> ends;
    private final Tree at;
    private final List<Tree> bareReturns;
    private final Tree body;

    Exits(LockAnalysis analysis, LockTransfer transfer, MethodRules rules,
        Map<Block, Set<Flow>> ends, Tree at, List<Tree> bareReturns, Tree body) {
      this.analysis = analysis;
      this.transfer = transfer;
      this.rules = rules;
      this.ends = ends;
      this.at = at;
      this.bareReturns = bareReturns;
      this.body = body;
    }

    @Override
    public void accept(Block b) {
      exits(b, analysis, transfer, rules, ends.get(b), at, bareReturns, body);
    }
  }

  /**
   * The exit rules of a block that flows into the method's regular exit, on the block's final
   * output (recorded by the analysis): at its {@code return}, or at the method for a fall-through
   * or a {@code finally} that ends the path.
   */
  private static void exits(Block b, LockAnalysis a, LockTransfer transfer, MethodRules rules,
      Set<Flow> ends, Tree at, List<Tree> bareReturns, Tree body) {
    TransferInput<NoValue, LockStore> in = a.output(b);
    if (in == null) {
      return; // not reached
    }
    Node ret = null;
    Tree last = null;
    for (Node n : b.getNodes()) {
      last = n.getTree() != null ? n.getTree() : last;
      if (n instanceof ReturnNode || n instanceof LambdaResultExpressionNode) {
        ret = n;
      }
    }
    String returned = ret == null ? null : transfer.returned(ret);
    for (Flow f : ends) {
      LockStore end = f == Flow.REGULAR ? in.getRegularStore()
          : f == Flow.THEN ? in.getThenStore() : in.getElseStore();
      if (!end.dead()) {
        Tree where = ret != null ? ret.getTree()
            : BareReturns.of(last != null ? last : lastTree(b, 8), bareReturns,
                f == Flow.REGULAR ? null : f == Flow.THEN, body, at);
        rules.exit(where, end, returned);
      }
    }
  }

  /** The tree of the last node with one, on this block or (single path) before it. */
  private static Tree lastTree(Block b, int depth) {
    List<Node> nodes = b.getNodes();
    for (int i = nodes.size() - 1; i >= 0; i--) {
      if (nodes.get(i).getTree() != null) {
        return nodes.get(i).getTree();
      }
    }
    Set<Block> preds = b.getPredecessors();
    return depth == 0 || preds.size() != 1 ? null : lastTree(preds.iterator().next(), depth - 1);
  }


  /** Which of a block's outgoing stores reach the regular exit. */
  private enum Flow {
    REGULAR,
    THEN,
    ELSE
  }

  /**
   * The blocks that end a path into the regular exit, and through which store: the exit's
   * predecessors, looking through the empty blocks the CFG inserts where paths merge, and through
   * a conditional block whose branch goes straight to the exit (a {@code return;} in a
   * {@code void} method has no node of its own).
   */
  private static Set<Flow> flows(Map<Block, Set<Flow>> ends, Block b) {
    Set<Flow> fs = ends.get(b);
    if (fs == null) {
      fs = EnumSet.noneOf(Flow.class);
      ends.put(b, fs);
    }
    return fs;
  }

  private static Map<Block, Set<Flow>> pathEnds(ControlFlowGraph cfg) {
    Map<Block, Set<Flow>> ends = new HashMap<>();
    Set<Block> seen = new HashSet<>();
    Deque<Block> todo = new ArrayDeque<>();
    todo.push(cfg.getRegularExitBlock());
    while (!todo.isEmpty()) {
      Block x = todo.pop();
      for (Block p : x.getPredecessors()) {
        if (p instanceof ConditionalBlock) {
          ConditionalBlock cb = (ConditionalBlock) p;
          for (Block q : cb.getPredecessors()) {
            Set<Flow> fs = flows(ends, q);
            if (cb.getThenSuccessor() == x) {
              fs.add(Flow.THEN);
            }
            if (cb.getElseSuccessor() == x) {
              fs.add(Flow.ELSE);
            }
          }
        } else if (p.getNodes().isEmpty() && p.getType() != Block.BlockType.SPECIAL_BLOCK) {
          if (seen.add(p)) {
            todo.push(p);
          }
        } else {
          flows(ends, p).add(Flow.REGULAR);
        }
      }
    }
    return ends;
  }

  private static int line(CompilationUnitTree root, Tree t) {
    if (t == null) {
      return 0;
    }
    return (int) root.getLineMap().getLineNumber(((JCTree) t).getStartPosition());
  }
}

package org.mmlock.checker;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.UnderlyingAST;
import org.checkerframework.dataflow.cfg.builder.CFGTranslationPhaseOne;
import org.checkerframework.dataflow.cfg.builder.CFGTranslationPhaseTwo;
import org.checkerframework.dataflow.cfg.builder.ExtendedNode;
import org.checkerframework.dataflow.cfg.builder.PhaseOneResult;
import org.checkerframework.dataflow.cfg.node.AssertionErrorNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ThrowNode;
import org.checkerframework.dataflow.qual.TerminatesExecution;
import org.checkerframework.javacutil.AnnotationProvider;
import org.checkerframework.javacutil.trees.TreeBuilder;

/**
 * Builds control-flow graphs the way {@code CFGBuilder.build} does (the Checker Framework's three
 * translation phases, the last one as {@link PhaseThree}), sharing per compilation what that
 * method makes anew for every body: the tree builder, the annotation provider, and phase one's
 * builder itself, with the exception types its constructor looks up (see {@link PerBody}). The graphs have no tree-to-node lookup tables, so
 * {@code ControlFlowGraph.getNodesCorrespondingToTree} and the analysis's queries by tree answer
 * nothing on them.
 */
final class Cfgs {
  private final ProcessingEnvironment env;
  private final TreeBuilder trees;
  private final AnnotationProvider annotations = new DeclAnnotations();
  /** The phase-one builder of the last body, reused for the next one (see {@link PerBody}). */
  private PhaseOne phaseOne;

  Cfgs(ProcessingEnvironment env) {
    this.env = env;
    this.trees = new CfgTreeBuilder(env);
  }

  /**
   * The CFG of a body, from its tree path (so the builder need not search the compilation unit).
   * {@code mayHaveHandlers} is false when the body has no {@code try}: then an exception can only
   * leave the body, and the nodes that may throw one get no exceptional edges (see
   * {@link PhaseOne#extendWithExtendedNode}).
   */
  ControlFlowGraph build(TreePath body, UnderlyingAST ast, boolean mayHaveHandlers) {
    return PhaseThree.process(phasesOneAndTwo(body, ast, mayHaveHandlers));
  }

  /**
   * The graph of a body before the last phase, which finishes it in place: {@link PhaseThree},
   * the framework's phase three made linear in the size of a predecessor set (and
   * {@code PhaseThreeTest}'s reference, the framework's own).
   */
  ControlFlowGraph phasesOneAndTwo(TreePath body, UnderlyingAST ast, boolean mayHaveHandlers) {
    PhaseOne one = phaseOne(!mayHaveHandlers);
    PhaseOneResult r;
    try {
      r = one.process(body, ast);
    } catch (RuntimeException | Error e) {
      phaseOne = null; // its scan stopped half-way: its state is not to be trusted
      throw e;
    }
    return CFGTranslationPhaseTwo.process(r);
  }

  /** The phase-one builder for the next body: the last one, renewed, or a new one. */
  private PhaseOne phaseOne(boolean noHandlers) {
    if (phaseOne == null || !phaseOne.renew()) {
      phaseOne = new PhaseOne(trees, annotations, env);
    }
    phaseOne.noHandlers = noHandlers;
    return phaseOne;
  }

  /** Whether builders are reused (false when phase one's fields are not the expected ones). */
  static boolean reusesPhaseOne() {
    return PerBody.FIELDS != null;
  }

  /** Phase one's private fields of these names, made accessible; null if one is missing. */
  private static Field[] phaseOneFields(String... names) {
    try {
      Field[] f = new Field[names.length];
      for (int i = 0; i < f.length; i++) {
        f[i] = CFGTranslationPhaseOne.class.getDeclaredField(names[i]);
        f[i].setAccessible(true);
      }
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The values of {@code fields} (made accessible by {@link #phaseOneFields}) in {@code p}. */
  private static Object[] read(Field[] fields, CFGTranslationPhaseOne p) {
    try {
      Object[] out = new Object[fields.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = fields[i].get(p);
      }
      return out;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Phase one's per-body collections, which its result keeps, read once per builder: before the
   * builder is reused, each one that is not empty is cleared (the graph built with it is done with
   * before the next body is built: mmlock keeps no graph). Everything else the constructor makes
   * (the exception types, the exit labels, the tree and type utilities) is the same for every
   * body, and the scan leaves its own state (the try stack, the break and continue targets) as it
   * found it. Phase one's constructor costs about as much as building a small body's graph; with
   * reuse, it runs once per compilation. When a field is missing or not a collection (another
   * Checker Framework version), {@link #FIELDS} is null and every body gets a new builder.
   */
  private static final class PerBody {
    private static final String[] NAMES = {"treeToCfgNodes", "treeToImplicitlyConvertedCfgNodes",
        "postfixTreeToCfgNodes", "nodeList", "bindings", "leaders", "returnNodes", "declaredClasses",
        "declaredLambdas", "breakLabels", "continueLabels", "parenMapping"};
    static final Field[] FIELDS = phaseOneFields(NAMES);

    /** The per-body collections of {@code p}, maps and collections alike; null if one is not. */
    static Object[] of(CFGTranslationPhaseOne p) {
      if (FIELDS == null) {
        return null;
      }
      Object[] out;
      try {
        out = read(FIELDS, p);
      } catch (RuntimeException e) {
        return null;
      }
      for (Object o : out) {
        if (!(o instanceof Map) && !(o instanceof java.util.Collection)) {
          return null;
        }
      }
      return out;
    }

    /** Empties each of {@code kept} that is not empty (the lookup maps stay empty). */
    static void clear(Object[] kept) {
      for (Object c : kept) {
        if (c instanceof Map) {
          if (!((Map<?, ?>) c).isEmpty()) {
            ((Map<?, ?>) c).clear();
          }
        } else if (!((java.util.Collection<?>) c).isEmpty()) {
          ((java.util.Collection<?>) c).clear();
        }
      }
    }
  }

  /**
   * Where phase one sends a {@code return}, {@code break} or {@code continue}: the label cells of
   * the innermost enclosing targets and the maps of labelled ones. Inside a {@code try} with a
   * {@code finally}, the framework points them at copies of the {@code finally} block that run it
   * before jumping on, and it still does so while it translates the {@code finally} block itself:
   * a {@code return} there ran the block a second time ({@code unlock; unlock; return}), and a lock
   * released in it was reported as released when not held. {@link PhaseOne} puts back the
   * targets in force outside the {@code try} while it translates the block, as Java has it. When a
   * field is missing (another framework version) {@link #FIELDS} is null and nothing changes.
   */
  private static final class JumpTargets {
    private static final String[] NAMES = {"returnTargetLC", "breakTargetLC", "continueTargetLC",
        "breakLabels", "continueLabels"};
    static final Field[] FIELDS = phaseOneFields(NAMES);

    static Object[] read(CFGTranslationPhaseOne p) {
      return Cfgs.read(FIELDS, p);
    }

    static void write(CFGTranslationPhaseOne p, Object[] targets) {
      try {
        for (int i = 0; i < targets.length; i++) {
          FIELDS[i].set(p, targets[i]);
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Phase one, with mmlock's simplifications (exception edges, opaque arithmetic). */
  private static final class PhaseOne extends CFGTranslationPhaseOne {
    /** The body being built has no {@code try}. */
    boolean noHandlers;
    /** The jump targets outside each {@code try} being translated, by its {@code finally} block. */
    private final Map<BlockTree, Object[]> outside = new IdentityHashMap<>();
    /** Its per-body collections ({@link PerBody}); null when it cannot be reused. */
    private final Object[] perBody;

    PhaseOne(TreeBuilder trees, AnnotationProvider annotations, ProcessingEnvironment env) {
      super(trees, annotations, false, false, env);
      perBody = PerBody.of(this);
    }

    /** Readies this builder, which has built a body, for another; false when it cannot be. */
    boolean renew() {
      if (perBody == null) {
        return false;
      }
      PerBody.clear(perBody);
      return true;
    }

    /**
     * No tree-to-node lookup tables: they serve queries by tree ({@code getNodesForTree},
     * {@code getStoreBefore(Tree)}), which mmlock never makes; filling them was a map entry and a
     * set per node.
     */
    @Override
    protected void addToLookupMap(Node node) {}

    @Override
    protected void addToImplicitlyConvertedLookupMap(Tree tree, Node node) {}

    /**
     * The framework's name ({@code prefix#numN}) for the variable it makes for a {@code ?:}, an
     * enhanced {@code for} or a {@code switch}, built here with a {@code StringBuilder}: the
     * framework's own {@code +} links a string-concatenation call site the first time, which
     * spins a dozen method-handle classes in every compilation that checks such a body.
     */
    @Override
    protected String uniqueName(String prefix) {
      return prefix + "#num" + uid++;
    }

    /**
     * In a body with no handler, a node that may throw (a call, an allocation, an array access, a
     * cast, a division) is added as a plain node. Its exceptional edges could only lead to the
     * exceptional exit, which the analysis never follows ({@link LockAnalysis}); as plain nodes,
     * straight-line code becomes one block instead of one block per call, for the builder and for
     * the analysis alike. Nodes that never complete normally keep their form: {@code throw}, a
     * failing {@code assert}, a call to a {@code @TerminatesExecution} method.
     */
    @Override
    protected void extendWithExtendedNode(ExtendedNode n) {
      if (mayCompleteNormally(n)) {
        extendWithNode(n.getNode());
      } else {
        super.extendWithExtendedNode(n);
      }
    }

    @Override
    protected void insertExtendedNodeAfter(ExtendedNode n, Node pred) {
      if (mayCompleteNormally(n)) {
        insertNodeAfter(n.getNode(), pred);
      } else {
        super.insertExtendedNodeAfter(n, pred);
      }
    }

    /** An exception node of a body without handlers that has a normal successor. */
    private boolean mayCompleteNormally(ExtendedNode n) {
      if (!noHandlers || n.getType() != ExtendedNode.ExtendedNodeType.EXCEPTION_NODE) {
        return false;
      }
      Node node = n.getNode();
      if (node instanceof ThrowNode || node instanceof AssertionErrorNode) {
        return false;
      }
      return !(node instanceof MethodInvocationNode) || annotationProvider.getDeclAnnotation(
          ((MethodInvocationNode) node).getTarget().getMethod(), TerminatesExecution.class) == null;
    }

    /**
     * Opaque arithmetic ({@link Arithmetic}) is one value node. Only in a body without a
     * {@code try}: there, a division's possible exception could only leave the body.
     */
    @Override
    public Node visitBinary(BinaryTree tree, Void p) {
      return noHandlers && Arithmetic.opaque(tree) ? opaque(tree) : super.visitBinary(tree, p);
    }

    @Override
    public Node visitUnary(UnaryTree tree, Void p) {
      return noHandlers && Arithmetic.opaque(tree) ? opaque(tree) : super.visitUnary(tree, p);
    }

    @Override
    public Node visitTry(TryTree tree, Void p) {
      BlockTree fin = tree.getFinallyBlock();
      if (fin == null || JumpTargets.FIELDS == null) {
        return super.visitTry(tree, p);
      }
      outside.put(fin, JumpTargets.read(this));
      try {
        return super.visitTry(tree, p);
      } finally {
        outside.remove(fin);
      }
    }

    /**
     * A {@code finally} block (each of its copies) is translated with the jump targets in force
     * outside its {@code try} ({@link JumpTargets}).
     */
    @Override
    public Node visitBlock(BlockTree tree, Void p) {
      Object[] out = outside.isEmpty() ? null : outside.get(tree);
      if (out == null) {
        return super.visitBlock(tree, p);
      }
      Object[] in = JumpTargets.read(this);
      JumpTargets.write(this, out);
      try {
        return super.visitBlock(tree, p);
      } finally {
        JumpTargets.write(this, in);
      }
    }

    private Node opaque(Tree tree) {
      Node n = new Arithmetic.ValueNode(tree, types);
      extendWithNode(n);
      return n;
    }

  }
}

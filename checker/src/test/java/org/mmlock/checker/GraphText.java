package org.mmlock.checker;

import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ConditionalBlock;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.block.SingleSuccessorBlock;
import org.checkerframework.dataflow.cfg.block.SpecialBlock;
import org.checkerframework.dataflow.cfg.node.Node;

/**
 * A control-flow graph written out as text, so that two graphs built from the same trees are equal
 * exactly when their texts are. Blocks are numbered in the order a walk from the entry (then the
 * two exits) first meets them, following each block's successors (single, then, else, then the
 * exceptional ones by cause) and then its predecessors in their set's order: a block reachable only
 * backwards (a stale predecessor) is written too. Each block is written with its type, flow rules,
 * nodes (class, text, tree numbered by first appearance, and whether the node names this block as
 * its own), successors by edge kind, and predecessors in order. The header gives the entry and
 * exits and {@code getAllBlocks()} in its order (the order later passes iterate in).
 */
final class GraphText {
  private final Map<Block, Integer> ids = new IdentityHashMap<>();
  private final List<Block> order = new ArrayList<>();
  private final Map<Tree, Integer> trees = new IdentityHashMap<>();

  private GraphText() {}

  static String of(ControlFlowGraph g) {
    return new GraphText().write(g);
  }

  private String write(ControlFlowGraph g) {
    id(g.getEntryBlock());
    id(g.getRegularExitBlock());
    id(g.getExceptionalExitBlock());
    for (int i = 0; i < order.size(); i++) {
      Block b = order.get(i);
      for (Block s : successors(b)) {
        id(s);
      }
      for (Block p : b.getPredecessors()) {
        id(p);
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("entry ").append(id(g.getEntryBlock())).append(", regular exit ")
        .append(id(g.getRegularExitBlock())).append(", exceptional exit ")
        .append(id(g.getExceptionalExitBlock())).append(", all blocks ");
    List<Integer> all = new ArrayList<>();
    for (Block b : g.getAllBlocks()) {
      all.add(id(b));
    }
    sb.append(all).append('\n');
    for (Block b : order) {
      block(sb, b);
    }
    return sb.toString();
  }

  private int id(Block b) {
    if (b == null) {
      return -1;
    }
    Integer i = ids.get(b);
    if (i == null) {
      i = order.size();
      ids.put(b, i);
      order.add(b);
    }
    return i;
  }

  private static List<Block> successors(Block b) {
    List<Block> out = new ArrayList<>();
    if (b instanceof SingleSuccessorBlock) {
      out.add(((SingleSuccessorBlock) b).getSuccessor());
    }
    if (b instanceof ConditionalBlock) {
      out.add(((ConditionalBlock) b).getThenSuccessor());
      out.add(((ConditionalBlock) b).getElseSuccessor());
    }
    if (b instanceof ExceptionBlock) {
      for (Set<Block> targets : ((ExceptionBlock) b).getExceptionalSuccessors().values()) {
        out.addAll(targets);
      }
    }
    out.remove(null);
    return out;
  }

  private void block(StringBuilder sb, Block b) {
    sb.append('#').append(id(b)).append(' ').append(b.getType());
    if (b instanceof SpecialBlock) {
      sb.append(' ').append(((SpecialBlock) b).getSpecialType());
    }
    if (b instanceof SingleSuccessorBlock) {
      SingleSuccessorBlock s = (SingleSuccessorBlock) b;
      sb.append(" rule ").append(s.getFlowRule()).append(" -> ").append(id(s.getSuccessor()));
    }
    if (b instanceof ConditionalBlock) {
      ConditionalBlock c = (ConditionalBlock) b;
      sb.append(" then ").append(c.getThenFlowRule()).append(" -> ").append(id(c.getThenSuccessor()))
          .append(" else ").append(c.getElseFlowRule()).append(" -> ").append(id(c.getElseSuccessor()));
    }
    if (b instanceof ExceptionBlock) {
      for (Map.Entry<TypeMirror, Set<Block>> e : ((ExceptionBlock) b).getExceptionalSuccessors().entrySet()) {
        List<Integer> to = new ArrayList<>();
        for (Block t : e.getValue()) {
          to.add(id(t));
        }
        sb.append(" on ").append(e.getKey()).append(" -> ").append(to);
      }
    }
    List<Integer> preds = new ArrayList<>();
    for (Block p : b.getPredecessors()) {
      preds.add(id(p));
    }
    sb.append(" preds ").append(preds).append('\n');
    for (Node n : b.getNodes()) {
      sb.append("    ").append(n.getClass().getSimpleName()).append(' ').append(n)
          .append(" tree ").append(tree(n.getTree()))
          .append(n.getBlock() == b ? "" : " (its block is another)").append('\n');
    }
  }

  private int tree(Tree t) {
    return t == null ? -1 : trees.computeIfAbsent(t, k -> trees.size());
  }
}

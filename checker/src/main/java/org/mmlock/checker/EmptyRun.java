package org.mmlock.checker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.BlockImpl;
import org.checkerframework.dataflow.cfg.block.RegularBlockImpl;

/**
 * A group of adjacent empty regular blocks that {@link PhaseThree} cuts out of a graph, as the
 * framework's phase three does: the empty blocks found from one of them backwards (through its
 * predecessors, and theirs while they are empty too) and forwards (its successor, while that is an
 * empty regular block, with the empty blocks before it), and the edges that lead into the group
 * from outside it ({@link Edge}). Those edges are then pointed at the first block after the group.
 *
 * <p>The framework's way is kept where it decides the graph: the edges are kept in the order
 * found, one for each time a block is reached (a block reached twice is relinked twice); a block
 * the forward walk reaches is searched backwards even when it is in the group already; the walk
 * stops at an empty block that is its own successor and returns that block. The search changes
 * nothing, so it reads the predecessor sets in place ({@link Predecessors}).
 */
final class EmptyRun {
  /** The empty blocks of the group, in the order found. */
  final Set<RegularBlockImpl> empty = new LinkedHashSet<>();
  /** The edges into the group from outside, in the order found. */
  private final List<Edge> edges = new ArrayList<>();

  /**
   * Finds the group around {@code start} and cuts it out: the block after it loses the group's
   * blocks as predecessors, and each edge into the group is moved to that block. The blocks of the
   * group and the sources of the edges are added to {@code done}.
   */
  void cutOut(RegularBlockImpl start, Set<Block> done) {
    BlockImpl after = collect(start);
    for (RegularBlockImpl e : empty) {
      after.removePredecessor(e);
      done.add(e);
    }
    for (Edge edge : edges) {
      done.add(edge.from);
      after.removePredecessor(edge.from);
      edge.redirect(after);
    }
  }

  /** Collects the group around {@code start}; returns the block after it. */
  private BlockImpl collect(RegularBlockImpl start) {
    collectBackwards(start);
    BlockImpl succ = start.getRegularSuccessor();
    while (succ.getType() == Block.BlockType.REGULAR_BLOCK) {
      RegularBlockImpl cur = (RegularBlockImpl) succ;
      if (!cur.isEmpty()) {
        break;
      }
      collectBackwards(cur);
      succ = cur.getRegularSuccessor();
      if (succ == cur) {
        break; // an empty loop: nothing after it is reachable
      }
    }
    return succ;
  }

  /**
   * Adds {@code cur} to the group, and walks back through its predecessors: an empty regular one
   * not in the group yet joins it the same way; any other block's edge into {@code cur} is an edge
   * into the group.
   */
  private void collectBackwards(RegularBlockImpl cur) {
    empty.add(cur);
    for (BlockImpl p : Predecessors.of(cur)) {
      if (p.getType() == Block.BlockType.REGULAR_BLOCK && ((RegularBlockImpl) p).isEmpty()) {
        if (!empty.contains(p)) {
          collectBackwards((RegularBlockImpl) p);
        }
      } else {
        edges.add(Edge.between(p, cur));
      }
    }
  }
}

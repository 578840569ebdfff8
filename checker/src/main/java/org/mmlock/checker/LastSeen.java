package org.mmlock.checker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.mmlock.checker.flow.Call;
import org.mmlock.checker.flow.LockStore;
import org.mmlock.checker.flow.LockTransfer;
import org.mmlock.checker.rules.MethodRules;

/**
 * What the rules would see at each node, kept until the fixpoint of a body with loops is
 * reached. A block may be analysed several times there, and only its last analysis has its final
 * input, so a later sighting of a node replaces an earlier one. Then the rules get each node's
 * last sighting in block order (blocks by id, nodes in order), each block's exit checks after its
 * nodes: the order a replay of the blocks would give.
 */
final class LastSeen implements LockTransfer.Observer {
  /** One node's last sighting: a call, or a dereference of {@code receiver}. */
  private static final class Sighting {
    final Call call;
    final FieldAccessNode deref;
    final String receiver;
    final LockStore before;

    Sighting(Call call, FieldAccessNode deref, String receiver, LockStore before) {
      this.call = call;
      this.deref = deref;
      this.receiver = receiver;
      this.before = before;
    }
  }

  /** Blocks in id order (a class, not {@code Comparator.comparingLong}: see {@code MmFacts.Holds}). */
  static final Comparator<Block> BY_UID = new ByUid();

  private static final class ByUid implements Comparator<Block> {
    @Override
    public int compare(Block a, Block b) {
      return Long.compare(a.getUid(), b.getUid());
    }
  }

  private final Map<Node, Sighting> last = new IdentityHashMap<>(4);

  @Override
  public void call(Call call, LockStore before) {
    last.put(call.node, new Sighting(call, null, null, before));
  }

  @Override
  public void deref(FieldAccessNode n, String receiver, LockStore before) {
    last.put(n, new Sighting(null, n, receiver, before));
  }

  /**
   * Gives the rules every node's last sighting, with {@code exits} run on each of
   * {@code endBlocks} (sorted by id) after the nodes of its block; blocks in id order.
   */
  void replayTo(MethodRules rules, List<Block> endBlocks, Consumer<Block> exits) {
    if (last.isEmpty()) { // a loop-free body: the rules watched the single pass
      for (Block b : endBlocks) {
        exits.accept(b);
      }
      return;
    }
    Set<Block> ends = Collections.newSetFromMap(new IdentityHashMap<>());
    ends.addAll(endBlocks);
    Set<Block> blocks = Collections.newSetFromMap(new IdentityHashMap<>());
    blocks.addAll(ends);
    for (Node n : last.keySet()) {
      blocks.add(n.getBlock());
    }
    List<Block> ordered = new ArrayList<>(blocks);
    ordered.sort(BY_UID);
    for (Block b : ordered) {
      for (Node n : b.getNodes()) {
        Sighting s = last.get(n);
        if (s == null) {
          continue;
        }
        if (s.call != null) {
          rules.call(s.call, s.before);
        } else {
          rules.deref(s.deref, s.receiver, s.before);
        }
      }
      if (ends.contains(b)) {
        exits.accept(b);
      }
    }
  }
}

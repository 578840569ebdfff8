package org.mmlock.checker;

import java.lang.reflect.Field;
import java.util.Set;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.BlockImpl;

/**
 * A block's own predecessor set, read in place. {@code BlockImpl.getPredecessors()} returns a new
 * copy at every call, and the copy (an {@code ArraySet} filled one element at a time, each checked
 * against those already in it) costs the square of the set's size: asked once per predecessor of a
 * block many paths join at (the end of a long {@code switch}), it made building the graph cubic.
 * Read by reflection, not through a {@code VarHandle}: a var handle spins method-handle classes at
 * its first use, in every compilation. When the field is missing (another Checker Framework
 * version), {@link #readable} is false and callers use the copying getter.
 */
final class Predecessors {
  private static final Field FIELD = field();

  private Predecessors() {}

  private static Field field() {
    try {
      Field f = BlockImpl.class.getDeclaredField("predecessors");
      f.setAccessible(true);
      return Set.class.isAssignableFrom(f.getType()) ? f : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** Whether {@link #of} can read the sets in place. */
  static boolean readable() {
    return FIELD != null;
  }

  /**
   * The predecessor set of {@code b} itself, not a copy (its order is the order the framework
   * added them in): it is not to be changed through this reference, nor iterated while the
   * predecessors of {@code b} change. Null when it cannot be read ({@link #readable}).
   */
  @SuppressWarnings("unchecked")
  static Set<BlockImpl> of(Block b) {
    if (FIELD == null || !(b instanceof BlockImpl)) {
      return null;
    }
    try {
      return (Set<BlockImpl>) FIELD.get(b);
    } catch (IllegalAccessException e) {
      return null; // made accessible above
    }
  }

  /** How many predecessors {@code b} has, without copying them. */
  static int count(Block b) {
    Set<BlockImpl> own = of(b);
    return own != null ? own.size() : b.getPredecessors().size();
  }
}

package org.mmlock.checker;

import java.util.Map;
import java.util.Set;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.BlockImpl;
import org.checkerframework.dataflow.cfg.block.ConditionalBlockImpl;
import org.checkerframework.dataflow.cfg.block.ExceptionBlockImpl;
import org.checkerframework.dataflow.cfg.block.SingleSuccessorBlockImpl;
import org.checkerframework.javacutil.BugInCF;

/**
 * One edge into a block that {@link EmptyRun} cuts out, which can be pointed at another block: the
 * single successor of a regular, special or exception block, the {@code then} or {@code else} of a
 * conditional block, or an exceptional successor for one exception type. It is the framework's
 * phase-three edge, with its ways: which edge of a block is taken is decided when the edge is
 * found (a conditional block's {@code then} before its {@code else}; an exception block's normal
 * successor before its exceptional ones, and of those the first cause whose targets hold the
 * block); moving an exceptional edge adds the new target for its cause and leaves the old one in
 * the set.
 */
final class Edge {
  private enum Kind { SUCCESSOR, THEN, ELSE, EXCEPTIONAL }

  /** The block the edge leaves. */
  final BlockImpl from;
  /** The block it leads to now. */
  private final BlockImpl to;
  private final Kind kind;
  /** For an exceptional edge, its exception type; otherwise null. */
  private final TypeMirror cause;

  private Edge(BlockImpl from, BlockImpl to, Kind kind, TypeMirror cause) {
    this.from = from;
    this.to = to;
    this.kind = kind;
    this.cause = cause;
  }

  /** The edge from {@code from} to {@code to}, one of its successors. */
  static Edge between(BlockImpl from, BlockImpl to) {
    switch (from.getType()) {
      case REGULAR_BLOCK:
      case SPECIAL_BLOCK:
        return new Edge(from, to, Kind.SUCCESSOR, null);
      case CONDITIONAL_BLOCK:
        return new Edge(from, to,
            ((ConditionalBlockImpl) from).getThenSuccessor() == to ? Kind.THEN : Kind.ELSE, null);
      case EXCEPTION_BLOCK:
        return fromExceptionBlock((ExceptionBlockImpl) from, to);
      default:
        throw new BugInCF("Unexpected block type " + from.getType());
    }
  }

  private static Edge fromExceptionBlock(ExceptionBlockImpl from, BlockImpl to) {
    if (from.getSuccessor() == to) {
      return new Edge(from, to, Kind.SUCCESSOR, null);
    }
    for (Map.Entry<TypeMirror, Set<Block>> e : from.getExceptionalSuccessors().entrySet()) {
      if (e.getValue().contains(to)) {
        return new Edge(from, to, Kind.EXCEPTIONAL, e.getKey());
      }
    }
    throw new BugInCF("Unreachable");
  }

  /** Points the edge at {@code target}, and drops its source from its old target's predecessors. */
  void redirect(BlockImpl target) {
    switch (kind) {
      case SUCCESSOR:
        ((SingleSuccessorBlockImpl) from).setSuccessor(target);
        break;
      case THEN:
        ((ConditionalBlockImpl) from).setThenSuccessor(target);
        break;
      case ELSE:
        ((ConditionalBlockImpl) from).setElseSuccessor(target);
        break;
      default:
        ((ExceptionBlockImpl) from).addExceptionalSuccessor(target, cause);
        break;
    }
    to.removePredecessor(from);
  }
}

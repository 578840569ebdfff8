package org.mmlock.checker.rules;

import com.sun.source.tree.Tree;
import com.sun.tools.javac.tree.JCTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;

/**
 * Collects one method's diagnostics, drops duplicates (the CFG copies {@code finally} blocks;
 * the same fact can be found twice), and emits them in source order. Message text comes from
 * {@code messages.properties}: {@code KEY=<headline with %1$s subject, %2$s detail>} followed by
 * the {@code held:}/{@code needs:} lines.
 */
public final class Reporter {
  private static final Set<String> WARNINGS = Set.of("walk.ops.unknown", "hugetlb.raw.offset");
  /** Source position, then key, then text: the order does not depend on the order of analysis. */
  private static final Comparator<Diag> ORDER = Comparator.comparingInt((Diag d) -> d.pos)
      .thenComparing(d -> d.key).thenComparing(d -> java.util.Arrays.toString(d.args));

  private static final class Diag {
    final Tree tree;
    final int pos;
    final String key;
    final Object[] args;

    Diag(Tree tree, String key, Object[] args) {
      this.tree = tree;
      this.pos = ((JCTree) tree).getStartPosition();
      this.key = key;
      this.args = args;
    }
  }

  private final Emitter emitter;
  private final List<Diag> pending = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  public Reporter(Emitter emitter) {
    this.emitter = emitter;
  }

  /** Reports {@code key} at {@code tree}: subject, detail (may be empty), held, needs. */
  public void report(Tree tree, String key, String subject, String detail, String held, String needs) {
    if (tree == null) {
      return;
    }
    Diag d = new Diag(tree, key, new Object[] {subject, detail, held, needs});
    if (seen.add(d.pos + " " + key + " " + subject + " " + detail)) {
      pending.add(d);
    }
  }

  /** Forgets what was collected for a method whose analysis failed half-way. */
  public void discard() {
    pending.clear();
  }

  /** Emits the collected diagnostics in source order (most methods have none). */
  public void flush() {
    if (pending.isEmpty()) {
      seen.clear();
      return;
    }
    pending.sort(ORDER);
    for (Diag d : pending) {
      emitter.emit(WARNINGS.contains(d.key) ? Diagnostic.Kind.MANDATORY_WARNING : Diagnostic.Kind.ERROR,
          d.tree, d.key, d.args);
    }
    pending.clear();
    seen.clear();
  }
}

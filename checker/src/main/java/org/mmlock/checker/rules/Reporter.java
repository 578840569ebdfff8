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
 * Collects a top-level class's diagnostics, drops duplicates within a method (the CFG copies
 * {@code finally} blocks; the same fact can be found twice), and emits them in source order. Message text comes from
 * {@code messages.properties}: {@code KEY=<headline with %1$s subject, %2$s detail>} followed by
 * the {@code held:}/{@code needs:} lines.
 */
public final class Reporter {
  private static final Set<String> WARNINGS = Set.of("walk.ops.unknown", "hugetlb.raw.offset");
  /** Source position, then key, then text: the order does not depend on the order of analysis. */
  private static final Comparator<Diag> ORDER = new Order();

  /** Position, key, text (a class, not a comparator chain of lambdas: see {@code MmFacts.Holds}). */
  private static final class Order implements Comparator<Diag> {
    @Override
    public int compare(Diag a, Diag b) {
      int c = Integer.compare(a.pos, b.pos);
      if (c == 0) {
        c = a.key.compareTo(b.key);
      }
      return c != 0 ? c : java.util.Arrays.toString(a.args).compareTo(java.util.Arrays.toString(b.args));
    }
  }

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
  /** Where the current method's diagnostics start in {@link #pending}. */
  private int mark;

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

  /**
   * Starts a method (or a lambda body): what it reports from here on can be discarded on its own
   * ({@link #discard}), and duplicates are dropped within it.
   */
  public void begin() {
    mark = pending.size();
    seen.clear();
  }

  /** Forgets what was collected since {@link #begin}: a method whose analysis failed half-way. */
  public void discard() {
    pending.subList(mark, pending.size()).clear();
    seen.clear();
  }

  /** Forgets everything not emitted yet: mmlock cannot run at all. */
  public void abandon() {
    pending.clear();
    mark = 0;
    seen.clear();
  }

  /**
   * Emits what was collected, in source order: called once a top-level class is checked, so a
   * local class's or a lambda's diagnostics, analysed after their method's, still come in line
   * order (most classes have none).
   */
  public void flush() {
    mark = 0;
    seen.clear();
    if (pending.isEmpty()) {
      return;
    }
    pending.sort(ORDER);
    for (Diag d : pending) {
      emitter.emit(WARNINGS.contains(d.key) ? Diagnostic.Kind.MANDATORY_WARNING : Diagnostic.Kind.ERROR,
          d.tree, d.key, d.args);
    }
    pending.clear();
  }
}

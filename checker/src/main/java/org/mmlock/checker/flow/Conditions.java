package org.mmlock.checker.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * Splitting the store on a value: null tests of API results (a conditional lock or mapping is
 * dropped on the null side and made definite on the other), {@code init_mm} comparisons, and
 * booleans that recorded a trylock's result.
 */
public final class Conditions {
  private Conditions() {}

  /**
   * {then, else} stores of {@code p == null}, or null when nothing depends on p. A lock reached
   * through local p ({@code mmap_read_lock(g.mm)}, held, maybe held or held on a condition) is
   * not held where p is null: taking it dereferenced p, and p has not changed since (a new value
   * renames the old one's paths). So {@code if (g != null) g.close()}, and the null check of a
   * try-with-resources on an existing variable, release it on every path. Where such a lock is
   * surely held, p is not null, and the null side is taken by no execution. A test of any other
   * local ({@code local}: p is the local, or the path it was copied from) marks it null on the
   * null side only: a lock taken through it on the other side is held iff it is non-null where
   * the sides meet (LockStore's join), and a local the rules do not track stays untracked.
   */
  static LockStore[] nullTest(String p, boolean local, LockStore s) {
    boolean reached = p != null && p.indexOf('.') < 0 && reachedThrough(p, s);
    if (p == null) {
      return null;
    }
    if (!reached && !dependsOnNull(p, s)) {
      if (!local) {
        return null;
      }
      LockStore isNull = s.copy();
      isNull.setNullness(p, Nullness.NULL);
      return new LockStore[] {isNull, s};
    }
    LockStore isNull = s.copy();
    isNull.setNullness(p, Nullness.NULL);
    isNull.removePte(p);
    LockStore nonNull = s.copy();
    nonNull.setNullness(p, Nullness.NONNULL);
    boolean definitelyReached = false;
    for (Held h : s.locks()) {
      if (("nn:" + p).equals(h.cond)) {
        isNull.remove(h.cls, h.path);
        nonNull.put(h.resolve(h.cond));
      } else if (reached && below(h.path, p)) {
        isNull.remove(h.cls, h.path);
        definitelyReached |= h.definite();
      }
    }
    // A lock surely held through p: p was not null when it was taken, and has not changed since.
    // A test already made: its answer stands (if (pte == null) return; ... if (pte != null)).
    boolean surelyNonNull = definitelyReached || s.nullness(p) == Nullness.NONNULL;
    boolean surelyNull = s.nullness(p) == Nullness.NULL || LockStore.NULL_VALUE.equals(s.value(p));
    String implied = s.implied(p);
    if (implied != null) {
      // where p is null, the boolean does not have the value that would make it non-null
      isNull = assume(implied.substring(2), !implied.startsWith("t:"), isNull);
    }
    String link = s.link(p);
    if (link != null) {
      // p is non-null iff the linked boolean has the link's value: the test tells that too
      String x = link.substring(2);
      boolean whenNonNull = link.startsWith("t:");
      nonNull = assume(x, whenNonNull, nonNull);
      isNull = assume(x, !whenNonNull, isNull);
    }
    return new LockStore[] {surelyNonNull ? isNull.deadCopy() : isNull,
        surelyNull && !surelyNonNull ? nonNull.deadCopy() : nonNull};
  }

  /** Whether a lock's path goes through local {@code p} (a field of p, or deeper). */
  private static boolean reachedThrough(String p, LockStore s) {
    for (Held h : s.locks()) {
      if (below(h.path, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean below(String path, String p) {
    return !path.equals(p) && LockStore.under(path, p);
  }

  private static boolean dependsOnNull(String p, LockStore s) {
    // p = null: the non-null side is dead (a loop's first pass must not reach its body as if p
    // were non-null and mix "null" into what the later passes prove there)
    if (s.nullness(p) != null || s.pte(p) != null || s.link(p) != null
        || LockStore.NULL_VALUE.equals(s.value(p))) {
      return true;
    }
    for (Held h : s.locks()) {
      if (("nn:" + p).equals(h.cond)) {
        return true;
      }
    }
    return false;
  }

  /** {then, else} stores of {@code (vma.vm_flags & VM_MAYSHARE) != 0}: shared, private. */
  static LockStore[] sharedTest(String vma, LockStore s) {
    LockStore sh = s.copy();
    sh.setSharing(vma, HugetlbFacts.SHARED);
    LockStore pr = s.copy();
    pr.setSharing(vma, HugetlbFacts.PRIVATE);
    return new LockStore[] {sh, pr};
  }

  /** {then, else} stores of {@code mm == init_mm}. */
  static LockStore[] initMmTest(String mm, LockStore s) {
    LockStore k = s.copy();
    k.setMmKind(mm, MmKind.KERNEL);
    LockStore u = s.copy();
    u.setMmKind(mm, MmKind.USER);
    return new LockStore[] {k, u};
  }

  /**
   * {@code boolean ok = mmap_read_trylock(mm);}: locks held only on the true side become held iff
   * {@code ok}, and those held only on the false side iff {@code !ok}; a local the condition
   * found null on one side and non-null on the other is non-null iff {@code ok} is, or is not.
   */
  static void recordBoolean(String x, LockStore then, LockStore els, LockStore out) {
    // boolean need = vma == null; if (!need) need = start >= vma.vm_end;
    if (then.dead() != els.dead()) {
      // the condition's answer is known (a test of a local set to null): so is x's
      out.setValue(x, "bool:" + els.dead());
      return;
    }
    then.linkNullsBy("t:" + x, els, out);
    for (Held h : then.locks()) {
      if (els.lock(h.cls, h.path) == null) {
        out.put(h.withCond("t:" + x));
      }
    }
    for (Held h : els.locks()) {
      if (then.lock(h.cls, h.path) == null) {
        out.put(h.withCond("f:" + x));
      }
    }
  }

  /**
   * Whether condition {@code cond} of a lock ({@code "nn:P"}, {@code "t:x"}, {@code "f:x"}) is
   * known to have value {@code v} in {@code s}: P's nullness (a test of P, or {@code P = null}),
   * or the value a test of x left.
   */
  public static boolean known(String cond, boolean v, LockStore s) {
    String x = cond.substring(cond.indexOf(':') + 1);
    if (cond.startsWith("nn:")) {
      return v ? s.nullness(x) == Nullness.NONNULL
          : s.nullness(x) == Nullness.NULL || LockStore.NULL_VALUE.equals(s.value(x));
    }
    boolean heldIfTrue = cond.startsWith("t:");
    return ("bool:" + (heldIfTrue == v)).equals(s.value(x));
  }

  /** Whether {@code cond} is a condition on boolean local {@code x} ({@code "t:x"}, {@code "f:x"}). */
  static boolean on(String x, String cond) {
    return cond != null && cond.length() == x.length() + 2 && cond.endsWith(x)
        && (cond.startsWith("t:") || cond.startsWith("f:"));
  }

  /** The store where boolean local {@code x} has value {@code v}. */
  static LockStore assume(String x, boolean v, LockStore s) {
    return assume(x, v, s, 4);
  }

  /** {@link #assume}, following at most {@code links} links from one boolean to another. */
  private static LockStore assume(String x, boolean v, LockStore s, int links) {
    String eq = s.eqLink(x);
    if (eq != null && links > 0) {
      // x is true iff the boolean it is linked to has the link's value: assume that one too
      s = assume(eq.substring(2), eq.startsWith("t:") == v, s, links - 1);
    }
    LockStore out = s.copy();
    out.setValue(x, "bool:" + v);
    out.assumeStale(x, v);
    List<Held> all = new ArrayList<>();
    for (Held h : s.locks()) {
      all.add(h);
    }
    for (Held h : all) {
      Held r = h;
      if (on(x, h.cond)) {
        if (h.cond.startsWith("t:") != v) {
          out.remove(h.cls, h.path);
          continue;
        }
        r = h.resolve(h.cond);
      }
      if (on(x, r.writeIf)) {
        r = r.withMode(r.writeIf.startsWith("t:") == v ? Mode.WRITE : r.mode);
      }
      if (r != h) {
        out.put(r);
      }
    }
    for (String p : s.linkedTo(x)) {
      String link = s.link(p);
      String implied = s.implied(p);
      if (link != null) {
        nullness(p, link.startsWith("t:") == v, out);
      } else if (implied != null) {
        if (implied.startsWith("t:") == v) {
          nullness(p, true, out);
        }
      } else {
        out.setValue(p, "bool:" + (s.eqLink(p).startsWith("t:") == v));
      }
    }
    return out;
  }

  /**
   * In {@code out}: local {@code p} is non-null ({@code nonNull}) or null, and the locks held
   * iff it is non-null are held, or not, accordingly; a null PTE maps nothing.
   */
  private static void nullness(String p, boolean nonNull, LockStore out) {
    out.setNullness(p, nonNull ? Nullness.NONNULL : Nullness.NULL);
    if (!nonNull) {
      out.removePte(p);
    }
    List<Held> all = new ArrayList<>();
    for (Held h : out.locks()) {
      if (("nn:" + p).equals(h.cond)) {
        all.add(h);
      }
    }
    for (Held h : all) {
      if (nonNull) {
        out.put(h.resolve(h.cond));
      } else {
        out.remove(h.cls, h.path);
      }
    }
  }
}

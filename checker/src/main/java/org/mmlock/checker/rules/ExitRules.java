package org.mmlock.checker.rules;

import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import org.mmlock.checker.flow.Entry;
import org.mmlock.checker.flow.Paths;
import org.mmlock.checker.flow.Held;
import org.mmlock.checker.flow.LockClass;
import org.mmlock.checker.flow.LockStore;
import org.mmlock.checker.flow.Mode;
import org.mmlock.checker.flow.Nullness;
import org.mmlock.checker.flow.PteState;
import org.mmlock.checker.model.Effect;
import org.mmlock.checker.model.LockExpr;
import org.mmlock.checker.model.MethodContract;
import org.mmlock.checker.model.Requirement;
import org.mmlock.qual.LockKind;

/**
 * The rules checked where a method returns: what it holds must be what it declared
 * ({@code lock.leak}, {@code pte.unmap.missing}), and what it declared must be held
 * ({@code contract.postcondition}).
 */
final class ExitRules {
  /** A lock the method is expected to hold at exit. */
  private static final class Expected {
    final LockKind kind;
    final String path;
    final boolean fromEntry;
    /** The annotation that promises it at exit, as messages name it ({@code @Acquires}, …). */
    final String declared;

    Expected(LockKind kind, String path, boolean fromEntry, String declared) {
      this.kind = kind;
      this.path = path;
      this.fromEntry = fromEntry;
      this.declared = declared;
    }
  }

  private final Reporter out;
  private final String method;
  private final List<Expected> expected = new ArrayList<>();
  private final List<String> allowed = new ArrayList<>();
  /** Locks (as {@link Held#key}) held on entry that the method declares it releases. */
  private final List<String> released = new ArrayList<>();
  /** {@code @PteMapped}/{@code @PteLocked} parameters the method does not declare it unmaps. */
  private final List<String> borrowedPtes = new ArrayList<>();
  private final boolean returnsMapping;
  private final ConditionalExits conditional;
  /** {@code @Aliases}: {path, to} pairs, named as on entry. */
  private final List<String[]> aliases = new ArrayList<>();
  private int rcu;
  private int walker;

  /**
   * Exit rules of a method, or of a lambda ({@code lambda} true: {@code m} is its functional
   * interface method, if any); {@code names} are what the contract's parameters resolve to.
   */
  ExitRules(Reporter out, ExecutableElement m, MethodContract c, List<String> names, boolean lambda,
      String body) {
    this.out = out;
    this.method = body != null ? body : lambda ? "the lambda" : org.mmlock.checker.model.Names.display(m);
    this.returnsMapping = c.pte != null && c.pte.maps != null;
    this.conditional = new ConditionalExits(out, method);
    if (m != null) {
      expect(c, names);
    }
  }

  private void expect(MethodContract c, List<String> names) {
    for (Requirement r : c.requirements) {
      if (r.alts.size() == 1 && !r.alts.get(0).isStable()) {
        add(r.alts.get(0).kind, r.alts.get(0).expr, names, true);
      }
    }
    for (MethodContract.Assumption a : c.assumptions) {
      add(a.kind, a.expr, names, true);
    }
    boolean named = Entry.namedPteLock(c, names) != null; // a lock the contract itself names
    for (int i = 0; i < names.size(); i++) {
      if (c.param(i).pteLocked && !named) {
        expected.add(new Expected(LockKind.PTE_LOCK, names.get(i) + Entry.PARAM_PTL, true, null));
      }
    }
    for (int i = 0; i < names.size(); i++) {
      if ((c.param(i).pteLocked || c.param(i).pteMapped) && !unmapsParam(c, i)) {
        borrowedPtes.add(names.get(i));
      }
    }
    for (MethodContract.Alias a : c.aliases) {
      aliases.add(new String[] {Entry.path(a.path, names), Entry.path(a.to, names)});
    }
    for (Effect e : c.effects) {
      String p = Entry.path(e.expr, names);
      if (e.op == Effect.Op.RELEASE) {
        remove(e.kind, p);
        released.add(Held.key(LockClass.of(e.kind), p));
      } else if (e.op == Effect.Op.DOWNGRADE) {
        expected.add(new Expected(LockKind.MMAP_READ, p, false, "@Downgrades"));
      } else if (e.op == Effect.Op.ACQUIRE && e.when == Effect.When.ALWAYS) {
        add(e.kind, e.expr, names, false);
      } else if (e.op == Effect.Op.ACQUIRE) {
        allowed.add(Held.key(LockClass.of(e.kind), p));
        conditional.declare(e, p);
      }
    }
  }

  private static boolean unmapsParam(MethodContract c, int i) {
    LockExpr u = c.pte == null ? null : c.pte.unmaps;
    return u != null && u.root == LockExpr.Root.PARAM && u.param == i;
  }

  private void add(LockKind k, LockExpr e, List<String> names, boolean fromEntry) {
    LockClass cls = LockClass.of(k);
    if (cls == LockClass.RCU) {
      rcu++;
    } else if (cls == LockClass.WALKER) {
      walker++;
    } else {
      expected.add(new Expected(k, Entry.path(e, names), fromEntry, fromEntry ? null : "@Acquires"));
    }
  }

  private void remove(LockKind k, String p) {
    LockClass cls = LockClass.of(k);
    if (cls == LockClass.RCU) {
      rcu = Math.max(0, rcu - 1);
    } else if (cls == LockClass.WALKER) {
      walker = Math.max(0, walker - 1);
    } else {
      for (java.util.Iterator<Expected> it = expected.iterator(); it.hasNext(); ) {
        Expected x = it.next();
        if (LockClass.of(x.kind) == cls && x.path.equals(p)) {
          it.remove();
        }
      }
    }
  }

  /** Checks the state at a return; {@code returned} is the path of the returned value. */
  void check(Tree at, LockStore s, String returned) {
    List<String> ok = new ArrayList<>(allowed);
    for (Expected x : expected) {
      String p = Paths.canonical(subst(x.path, returned), s);
      ok.add(Held.key(LockClass.of(x.kind), p));
      postcondition(at, s, x, p);
    }
    for (String a : allowed) {
      int space = a.indexOf(' ');
      ok.add(a.substring(0, space + 1) + Paths.canonical(subst(a.substring(space + 1), returned), s));
    }
    for (Held h : s.locks()) {
      boolean vmaWrite = h.cls == LockClass.VMA && h.mode == Mode.WRITE;
      boolean borrowed = h.path.endsWith(Entry.PARAM_PTL);
      if (!vmaWrite && !borrowed && !ok.contains(h.key()) && !ok.contains(subst(h.key(), returned))) {
        leak(at, s, h);
      }
    }
    for (Map.Entry<String, PteState> e : s.ptes().entrySet()) {
      PteState p = e.getValue();
      boolean returnedMapping = returnsMapping && e.getKey().equals(returned);
      if (p.owned && p.mayBeMapped() && !returnedMapping) {
        out.report(at, "pte.unmap.missing", "'" + Describe.path(e.getKey(), s) + "' (mapped at line " + p.line + ")",
            p.status == PteState.Status.MAPPED && s.nullness(e.getKey()) != Nullness.MAYBE_NULL ? "" : " on some paths",
            Describe.held(s), "pte_unmap() or pte_unmap_unlock() on every path");
      }
    }
    for (String n : borrowedPtes) {
      PteState p = s.pte(n);
      if (p != null && !p.owned && p.status != PteState.Status.MAPPED) {
        // the caller's mapping: it goes on using (and unmaps) a PTE this method unmapped
        out.report(at, "contract.postcondition", method, ": its parameter '" + n + "' is mapped on entry and "
            + (p.status == PteState.Status.UNMAPPED ? "" : "on some paths ") + "unmapped" + Describe.here(at),
            Describe.held(s), "'" + n + "' mapped, as the caller gave it, or declare @UnmapsPte(\"" + n + "\")");
      }
    }
    if (!conditional.isEmpty()) {
      conditional.check(at, s, returned, new Resolve(s, returned));
    }
    for (String[] a : aliases) {
      aliasKept(at, s, returned, a[0], a[1]);
    }
    depth(at, s, "RCU", s.rcuMin(), s.rcuMax(), rcu);
    depth(at, s, "WALKER", s.walkerMin(), s.walkerMax(), walker);
  }

  /**
   * {@code @Aliases(path, to)} at one return: both name one object, as the store knows it. A
   * returned {@code null} keeps any alias of its fields (there are none).
   */
  private void aliasKept(Tree at, LockStore s, String returned, String path, String to) {
    boolean noObject = ConditionalExits.NULL.equals(returned)
        || (returned != null && s.nullness(returned) == Nullness.NULL);
    if (noObject && path.startsWith("result")) {
      return;
    }
    String a = Paths.canonical(subst(path, returned), s);
    String b = Paths.canonical(subst(to, returned), s);
    if (a.equals(b) || a.equals(s.alias(b)) || b.equals(s.alias(a))) {
      return;
    }
    out.report(at, "contract.postcondition", method, ": @Aliases says " + path + " is " + to
        + ", which is not known" + Describe.here(at), Describe.held(s), path + " == " + to + ", as declared");
  }

  /**
   * A lock held at a return that the contract does not let the method keep. One the method
   * declares {@code @Releases} is its broken promise ({@code contract.postcondition}): the lock
   * was the caller's, so it is no leak of the method's own.
   */
  private void leak(Tree at, LockStore s, Held h) {
    String paths = h.definite() ? "" : " on some paths";
    if (released.contains(h.key()) && h.line <= 0) {
      out.report(at, "contract.postcondition", method, ": " + Describe.token(h, s)
          + " is declared @Releases but still held" + Describe.here(at) + paths, Describe.held(s),
          "release it on every path, as @Releases declares");
      return;
    }
    out.report(at, "lock.leak", Describe.token(h, s), Describe.takenAt(h) + paths,
        Describe.held(s), "release it before " + method + " returns, or declare @Acquires");
  }

  private void depth(Tree at, LockStore s, String name, int min, int max, int want) {
    if (max > want) {
      out.report(at, "lock.leak", name, min > want ? "" : " on some paths", Describe.held(s),
          "close the section before " + method + " returns, or declare @Acquires");
    } else if (min < want) {
      out.report(at, "contract.postcondition", method, ": " + name + " is not held" + Describe.here(at), Describe.held(s), name);
    }
  }

  private void postcondition(Tree at, LockStore s, Expected x, String p) {
    LockClass cls = LockClass.of(x.kind);
    Held h = s.lock(cls, p);
    String what = Describe.need(x.kind, p, s);
    String write = h == null || !h.definite() ? null : heldForWrite(h, x.kind);
    if (write != null) {
      out.report(at, "contract.postcondition", method, ": " + what + " is "
          + (x.fromEntry ? "required on entry" : "declared " + x.declared) + " but held for write" + Describe.here(at)
          + write + " (the caller releases a read lock)", Describe.held(s), what);
      return;
    }
    if (h != null && h.definite() && h.mode.satisfies(LockClass.modeOf(x.kind))) {
      return;
    }
    if (cls == LockClass.VMA && LockClass.modeOf(x.kind) == Mode.WRITE && x.fromEntry) {
      return;
    }
    out.report(at, "contract.postcondition", method, x.fromEntry
        ? ": " + what + " is required on entry but not held" + Describe.here(at) + " (declare @Releases)"
        : ": " + what + " is declared " + x.declared + " but not held" + Describe.here(at) + (h == null ? "" : " on every path"),
        Describe.held(s), what);
  }

  /**
   * Where a lock declared held for read (kind {@code k}) is held for write: "" when on every
   * path, " on some paths" when the mode depends on a boolean; null when it is held for read.
   */
  static String heldForWrite(Held h, LockKind k) {
    if (LockClass.modeOf(k) != Mode.READ) {
      return null;
    }
    return h.mode == Mode.WRITE ? "" : h.writeIf != null ? " on some paths" : null;
  }

  /** A declared path at one return, as the store names it (a class: see {@code MmFacts.Holds}). */
  private static final class Resolve implements java.util.function.UnaryOperator<String> {
    private final LockStore s;
    private final String returned;

    Resolve(LockStore s, String returned) {
      this.s = s;
      this.returned = returned;
    }

    @Override
    public String apply(String p) {
      return Paths.canonical(subst(p, returned), s);
    }
  }

  private static String subst(String p, String returned) {
    if (returned == null) {
      return p;
    }
    int i = p.indexOf("result");
    boolean atRoot = i == 0 || (i > 0 && p.charAt(i - 1) == ' ');
    if (i < 0 || !atRoot) {
      return p;
    }
    String rest = p.substring(i + "result".length());
    if (!rest.isEmpty() && rest.charAt(0) != '.') {
      return p;
    }
    return p.substring(0, i) + returned + rest;
  }
}

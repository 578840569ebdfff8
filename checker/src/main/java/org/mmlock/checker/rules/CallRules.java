package org.mmlock.checker.rules;

import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.List;
import org.mmlock.checker.flow.Call;
import org.mmlock.checker.flow.Held;
import org.mmlock.checker.flow.HugetlbFacts;
import org.mmlock.checker.flow.LockClass;
import org.mmlock.checker.flow.LockStore;
import org.mmlock.checker.flow.MmFacts;
import org.mmlock.checker.flow.MmKind;
import org.mmlock.checker.flow.Mode;
import org.mmlock.checker.flow.Nullness;
import org.mmlock.checker.flow.Paths;
import org.mmlock.checker.flow.PteState;
import org.mmlock.checker.flow.TableFact;
import org.mmlock.checker.model.Effect;
import org.mmlock.checker.model.LockExpr;
import org.mmlock.checker.model.MethodContract;
import org.mmlock.checker.model.ParamNames;
import org.mmlock.checker.model.PteModel;
import org.mmlock.checker.model.Requirement;
import org.mmlock.qual.LockKind;
import org.mmlock.qual.PteMapKind;

/**
 * The rules checked at a call, in the state just before it: null arguments, sleeping in atomic
 * context, double acquisition and lock order, the callee's requirements, releases, and the PTE
 * rules (unmap, read, write, kernel accessor, traversal stability).
 */
final class CallRules {
  private final Reporter out;
  private final WalkRules walks;

  CallRules(Reporter out, org.mmlock.checker.flow.WalkOps ops) {
    this.out = out;
    this.walks = new WalkRules(out, ops);
  }

  void check(Call c, LockStore s) {
    Tree t = at(c);
    MethodContract k = c.contract;
    classFileProblems(c, t);
    List<Integer> nullArgs = nullArgs(c, s, t);
    boolean sleeps = k.walk != null && walks.check(c, k.walk, s, t);
    boolean slept = false;
    if ((k.mightSleep || sleeps) && c.atomicForCallee(s)) {
      out.report(t, "sleep.in.atomic", c.callee(), "", Describe.held(s), "no spinlock, RCU, walker lock or mapped PTE");
      slept = true;
    }
    // Indexed loops: this runs at every call the analysis sees, and an iterator per list adds up.
    for (int i = 0; i < k.effects.size(); i++) {
      Effect e = k.effects.get(i);
      // a conditional acquisition that may sleep blocks as a plain one does (a killable lock);
      // a trylock does not block, and has a rule of its own
      if (e.op == Effect.Op.ACQUIRE && (e.when == Effect.When.ALWAYS || k.mightSleep)) {
        acquire(c, e, s, t, slept);
      } else if (e.op == Effect.Op.ACQUIRE && e.when != Effect.When.IF_NONNULL) {
        trylock(c, e, s, t);
      }
    }
    boolean unmet = false;
    for (int i = 0; i < k.requirements.size(); i++) {
      unmet |= !requirement(c, k.requirements.get(i), s, t);
    }
    if (!k.requirements.isEmpty() && !unmet) {
      staleArgs(c, s, t);
    }
    qualifiedArgs(c, s, t, nullArgs);
    boolean unmappedTwice = k.pte != null && pte(c, k.pte, s, t, nullArgs);
    for (int i = 0; i < k.effects.size(); i++) {
      Effect e = k.effects.get(i);
      if (e.op == Effect.Op.RELEASE && !unmappedTwice && nullArgs.isEmpty()) {
        release(c, e, s, t);
      } else if (e.op == Effect.Op.DOWNGRADE) {
        downgrade(c, e, s, t);
      }
    }
  }

  /**
   * A callee read from a class file has no declaration here to report its contract's invalid
   * expressions at, so they are reported where it is called: the ignored part protects nothing.
   */
  private void classFileProblems(Call c, Tree t) {
    if (!c.contract.problems.isEmpty() && ParamNames.fromClassFile(c.method)) {
      DeclarationRules.classFileProblems(out, t,
          c.method.getEnclosingElement().getSimpleName() + "." + c.callee(), c.contract);
    }
  }

  /** Where a call's diagnostics point: the method name, not the opening parenthesis. */
  private static Tree at(Call c) {
    Tree t = c.tree();
    Tree at = t instanceof com.sun.source.tree.MethodInvocationTree
        ? ((com.sun.source.tree.MethodInvocationTree) t).getMethodSelect()
        : t;
    return inSource(at) ? at : enclosingInSource(c.path, at);
  }

  /** Whether javac placed {@code t} in the source (the graph builder makes calls of its own). */
  private static boolean inSource(Tree t) {
    return t == null || ((com.sun.tools.javac.tree.JCTree) t).pos > 0;
  }

  /**
   * The lock that acquisition {@code e} of call {@code c}, of the object at path {@code p}, takes
   * again: held (on some paths at least), not reentrant, and not released by the call before it
   * takes it; else null.
   */
  private static Held takenAgain(Call c, Effect e, String p, LockStore s) {
    LockClass cls = LockClass.of(e.kind);
    Held old = p == null ? null : s.lock(cls, p);
    return old != null && !LockClass.reentrant(cls, LockClass.modeOf(e.kind))
        && !releases(c, cls, p, s) ? old : null;
  }

  /**
   * A trylock (a boolean conditional acquisition that does not sleep) of a lock held on every
   * path: it cannot deadlock, but it fails every time (the lock is held for write) or takes the
   * lock a second time, which one unlock does not release. A lock held on some paths only is
   * not reported: the trylock may be how the code finds out.
   */
  private void trylock(Call c, Effect e, LockStore s, Tree t) {
    Held old = takenAgain(c, e, c.resolve(e.expr, s), s);
    if (old == null || !old.definite()) {
      return;
    }
    boolean fails = old.mode == Mode.WRITE || LockClass.modeOf(e.kind) == Mode.WRITE
        || old.cls == LockClass.SPIN;
    out.report(t, "lock.double.acquire", c.callee(), ": " + Describe.token(old, s) + " is already held"
        + Describe.takenAt(old) + (fails ? ", so this trylock always fails"
        : "; if this trylock succeeds the lock is held twice, and one unlock does not release it"),
        Describe.held(s), "do not try to take a lock already held");
  }

  /**
   * For a call the graph builder made ({@code close()} at the end of a try-with-resources): the
   * nearest enclosing tree that is in the source, so the diagnostic has a line and its method's
   * {@code @SuppressWarnings} applies.
   */
  private static Tree enclosingInSource(com.sun.source.util.TreePath path, Tree fallback) {
    for (com.sun.source.util.TreePath p = path; p != null; p = p.getParentPath()) {
      if (inSource(p.getLeaf()) && p.getLeaf().getKind() != Tree.Kind.COMPILATION_UNIT) {
        return p.getLeaf();
      }
    }
    return fallback;
  }

  private List<Integer> nullArgs(Call c, LockStore s, Tree t) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < c.args.size(); i++) {
      String p = c.args.get(i);
      if (p != null && s.maybeNull(p)) {
        this.out.report(t, "null.unchecked", Describe.quoted(p, null, s), " (passed to " + c.callee() + ")",
            Describe.held(s), "a null check first; on null nothing is held");
        out.add(i);
      }
    }
    return out;
  }

  private void acquire(Call c, Effect e, LockStore s, Tree t, boolean slept) {
    LockClass cls = LockClass.of(e.kind);
    if (cls == LockClass.RCU || cls == LockClass.WALKER) {
      return;
    }
    String p = c.resolve(e.expr, s);
    Mode m = LockClass.modeOf(e.kind);
    Held old = takenAgain(c, e, p, s);
    if (old != null) {
      String where = old.definite() ? " is already held" : " is held on some paths that reach it";
      out.report(t, "lock.double.acquire", c.callee(), ": " + Describe.token(old, s) + where + Describe.takenAt(old),
          Describe.held(s), "release it first, or do not take it again");
      return;
    }
    if (cls == LockClass.SPIN && p != null && lockOfUnmappedPte(c, p, s, t)) {
      return;
    }
    if (!slept) {
      order(c, cls, m, p, s, t);
    }
  }

  /**
   * Whether the call also releases lock {@code cls} on {@code p}: a helper that drops a lock and
   * takes it again (or upgrades it) acquires it after the release, as the analysis applies the
   * two.
   */
  private static boolean releases(Call c, LockClass cls, String p, LockStore s) {
    for (int i = 0; i < c.contract.effects.size(); i++) {
      Effect e = c.contract.effects.get(i);
      if (e.op == Effect.Op.RELEASE && LockClass.of(e.kind) == cls && p.equals(c.resolve(e.expr, s))) {
        return true;
      }
    }
    return false;
  }

  /** {@code spin_lock(ptl)} where ptl is the lock of a PTE that was already unmapped. */
  private boolean lockOfUnmappedPte(Call c, String lock, LockStore s, Tree t) {
    for (java.util.Map.Entry<String, PteState> e : s.ptes().entrySet()) {
      PteState st = e.getValue();
      if (lock.equals(st.lockPath) && st.isMapping() && st.status == PteState.Status.UNMAPPED) {
        String name = Describe.quoted(e.getKey(), null, s);
        out.report(t, "pte.use.after.unmap", c.callee(), " locks the page table of " + name + " after it was unmapped",
            Describe.held(s), name + " mapped (map it again, then lock)");
        return true;
      }
    }
    return false;
  }

  private void order(Call c, LockClass cls, Mode m, String p, LockStore s, Tree t) {
    int rank = LockClass.rankOf(cls, m);
    for (Held h : s.locks()) {
      int hr = LockClass.rankOf(h.cls, h.mode);
      boolean inverted = rank >= 0 && hr > rank;
      boolean mmapUnderVmaRead = cls == LockClass.MMAP && h.cls == LockClass.VMA && h.mode == Mode.READ;
      if (inverted || mmapUnderVmaRead) {
        out.report(t, "lock.order", c.callee(), ": takes " + Describe.need(LockClass.kindOf(cls, m), p, s) + " while holding " + Describe.token(h, s),
            Describe.held(s), mmapUnderVmaRead
                ? "release the VMA read lock before taking the mmap lock"
                : "mmap lock -> VMA write -> hugetlb VMA lock -> i_mmap_rwsem -> anon_vma -> page-table locks");
        return;
      }
    }
  }

  /**
   * A VMA argument that may have been freed ({@link LockStore#stale}) given to a callee whose
   * requirements name it ({@code vma_start_write(vma)} needs the mmap write lock of
   * {@code vma.vm_mm}): the lock taken again does not make the old pointer valid.
   */
  private void staleArgs(Call c, LockStore s, Tree t) {
    for (int i = 0; i < c.args.size(); i++) {
      if (requiresOf(c.contract, i)) {
        staleVma(out, c, c.args.get(i), s, t);
      }
    }
  }

  /** {@code vma.unstable} when VMA {@code p}, given to the call, may have been freed. */
  static void staleVma(Reporter out, Call c, String p, LockStore s, Tree t) {
    String stale = p == null ? null : s.stale(p);
    if (stale != null && !MmFacts.vmaStable(p, s)) {
      out.report(t, "vma.unstable", c.callee(), " is given " + Describe.quoted(p, null, s)
          + ", a VMA found under a lock released at line " + stale, Describe.held(s),
          "look " + Describe.path(p, s) + " up again (find_vma, vma_lookup) after taking the lock");
    }
  }

  /** Whether a requirement of {@code k} is written on parameter {@code i} or a path under it. */
  private static boolean requiresOf(MethodContract k, int i) {
    for (Requirement r : k.requirements) {
      for (Requirement.Alt a : r.alts) {
        if (a.expr.root == org.mmlock.checker.model.LockExpr.Root.PARAM && a.expr.param == i) {
          return true;
        }
      }
    }
    return false;
  }

  /** Checks one requirement of the callee; false when it is not met (and was reported). */
  private boolean requirement(Call c, Requirement r, LockStore s, Tree t) {
    List<String> paths = new ArrayList<>();
    for (Requirement.Alt a : r.alts) {
      paths.add(c.resolve(a.expr, s));
    }
    if (MmFacts.proves(s, new AnyAlt(r, paths))) {
      return true;
    }
    List<String> needs = new ArrayList<>();
    for (int i = 0; i < r.alts.size(); i++) {
      needs.add(need(r.alts.get(i), paths.get(i), s));
    }
    String need = needs.size() == 1 ? needs.get(0) : "one of " + String.join(", ", needs);
    out.report(t, r.rule, c.callee(), "", Describe.held(s), need);
    return false;
  }

  /** The fact that one alternative of a requirement is met, each on its resolved path (or none). */
  private static final class AnyAlt implements java.util.function.Predicate<LockStore> {
    private final Requirement r;
    private final List<String> paths;

    AnyAlt(Requirement r, List<String> paths) {
      this.r = r;
      this.paths = paths;
    }

    @Override
    public boolean test(LockStore x) {
      for (int i = 0; i < r.alts.size(); i++) {
        if (paths.get(i) != null && satisfied(r.alts.get(i), paths.get(i), x)) {
          return true;
        }
      }
      return false;
    }
  }

  static boolean satisfied(Requirement.Alt a, String p, LockStore s) {
    if (!a.isStable() && a.expr.isType("Pte") && LockClass.of(a.kind) == LockClass.SPIN) {
      PteState st = s.pte(p);
      return st != null && st.lockHeld(s);
    }
    boolean isMm = a.expr.isType("MmStruct");
    if (a.isStable()) {
      return isMm ? MmFacts.mmStable(p, s) : MmFacts.vmaStable(p, s);
    }
    return MmFacts.holds(a.kind, p, isMm, s);
  }

  private static String need(Requirement.Alt a, String p, LockStore s) {
    String where = p == null ? a.expr.text : p;
    if (a.isStable()) {
      return stableNeed(where, a.expr.isType("MmStruct"), s);
    }
    if (a.expr.isType("MmStruct") && LockClass.of(a.kind) == LockClass.VMA) {
      return "a VMA lock of a VMA of " + Describe.path(where, s);
    }
    return Describe.need(a.kind, where, s);
  }

  static String stableNeed(String where, boolean isMm, LockStore s) {
    String w = Describe.path(where, s);
    String stale = isMm ? null : s.stale(where);
    if (stale != null) {
      return "look " + w + " up again (find_vma, vma_lookup): it was found under a lock"
          + " released at line " + stale + ", and may have been freed since";
    }
    return isMm
        ? "MMAP_R(" + w + "), or a VMA or rmap lock of a VMA whose vm_mm is " + w
        : "VMA stable: MMAP_R(" + w + ".vm_mm), VMA_R(" + w + "), I_MMAP_R(" + w
            + ".vm_file.f_mapping) or ANON_VMA_R(" + w + ".anon_vma)" + unknownMm(where, s);
  }

  /**
   * A hint where an mmap lock is held but nothing says the VMA belongs to its mm: the VMA came
   * from a helper (or a field, a Ref) that does not say which mm it is of.
   */
  private static String unknownMm(String vma, LockStore s) {
    String mm = Paths.select(vma, "vm_mm", s);
    if (!mm.equals(vma + ".vm_mm")) {
      return "";
    }
    for (Held h : s.locks()) {
      if (h.cls == LockClass.MMAP && h.definite()) {
        return "; nothing says " + Describe.path(vma, s) + " is a VMA of " + Describe.path(h.path, s)
            + " (a helper that returns one says so with @Aliases(path = \"result.vm_mm\", to = \"mm\"))";
      }
    }
    return "";
  }

  private void release(Call c, Effect e, LockStore s, Tree t) {
    LockClass cls = LockClass.of(e.kind);
    if (cls == LockClass.RCU || cls == LockClass.WALKER) {
      int min = cls == LockClass.RCU ? s.rcuMin() : s.walkerMin();
      int max = cls == LockClass.RCU ? s.rcuMax() : s.walkerMax();
      if (min == 0) {
        out.report(t, "lock.release.not.held", c.callee(), max == 0 ? ": no " + cls + " section is open" : ": the " + cls + " section is open on some paths only",
            Describe.held(s), cls.name());
      }
      return;
    }
    String p = c.resolve(e.expr, s);
    Held h = p == null ? null : s.lock(cls, p);
    if (h == null || !h.definite()) {
      // spin_unlock() of a page-table lock held on some paths names the one taken (PMDL or PTL)
      // (one held nowhere is only a spinlock: which page-table lock it was is not known)
      LockKind k = h != null && cls == LockClass.SPIN ? h.kind : e.kind;
      String want = h == null && cls == LockClass.SPIN && p != null
          ? "spinlock " + Describe.quoted(p, null, s)
          : Describe.need(k, p == null ? e.expr.text : p, s);
      out.report(t, "lock.release.not.held", c.callee(), ": " + want
          + (h == null ? " is not held" : " is held on some paths only"), Describe.held(s), want);
    } else if (Held.SOME_PATHS.equals(h.writeIf)) {
      out.report(t, "lock.release.not.held", c.callee(), ": " + (cls == LockClass.MMAP ? "the mmap lock" : Describe.token(h, s))
          + " is held for write on some paths and for " + (h.mode == Mode.DOWNGRADED ? "read (downgraded)" : "read")
          + " on others, and nothing tells which", Describe.held(s),
          "the same mode on every path, or a boolean recording the mode, tested before the unlock");
    } else if (h.writeIf != null) {
      String where = Describe.writeIf(h, s);
      out.report(t, "lock.release.not.held", c.callee(), ": " + Describe.token(h, s) + where
          + " is held for write on some paths only", Describe.held(s),
          "a test of " + where.substring(" (W if ".length(), where.length() - 1).replace("!", "")
              + " first, and the unlock of the mode held on each side");
    } else if (cls == LockClass.MMAP && LockClass.modeOf(e.kind) == Mode.READ && h.mode == Mode.WRITE) {
      out.report(t, "lock.release.not.held", c.callee(), ": the mmap lock is held for write", Describe.held(s), "mmap_write_unlock(), or mmap_write_downgrade() first");
    } else if (cls == LockClass.MMAP && LockClass.modeOf(e.kind) == Mode.WRITE && h.mode != Mode.WRITE) {
      out.report(t, "lock.release.not.held", c.callee(), h.mode == Mode.DOWNGRADED ? ": the mmap lock was downgraded to read" : ": the mmap lock is held for read",
          Describe.held(s), "mmap_read_unlock()");
    } else if (cls != LockClass.MMAP && cls != LockClass.SPIN && h.mode != LockClass.modeOf(e.kind)) {
      // the other rwsems (and a VMA write lock, which only mmap_write_unlock() drops)
      String held = Describe.token(h, s);
      out.report(t, "lock.release.not.held", c.callee(), ": " + held + " is held for "
          + (h.mode == Mode.WRITE ? "write" : "read") + ", and this releases it for "
          + (h.mode == Mode.WRITE ? "read" : "write"), Describe.held(s),
          cls == LockClass.VMA && h.mode == Mode.WRITE ? "mmap_write_unlock() of its mm"
          : "the " + (h.mode == Mode.WRITE ? "write" : "read") + " unlock of " + held);
    }
  }

  private void downgrade(Call c, Effect e, LockStore s, Tree t) {
    String p = c.resolve(e.expr, s);
    Held h = p == null ? null : s.lock(LockClass.MMAP, p);
    if (h == null || !h.definite() || h.mode != Mode.WRITE) {
      String want = Describe.need(LockKind.MMAP_WRITE, p == null ? e.expr.text : p, s);
      boolean some = h != null && h.definite() && h.writeIf != null;
      out.report(t, "lock.release.not.held", c.callee(), ": " + want
          + (some ? " is held on some paths only" : " is not held"), Describe.held(s), want);
    }
  }

  /**
   * {@code @PteLocked} and {@code @PteMapped} parameters: the caller's PTE must be so.
   * {@code @KernelMm} and {@code @PrivateMapping}, which let the callee use the laxer rule, must
   * be known of the argument; {@code @UserMm} and {@code @SharedMapping} are what an unknown
   * argument is taken to be anyway.
   */
  private void qualifiedArgs(Call c, LockStore s, Tree t, List<Integer> nullArgs) {
    for (int i = 0; i < c.args.size(); i++) {
      org.mmlock.checker.model.ParamFacts f = c.contract.param(i);
      if (nullArgs.contains(i)) {
        continue;
      }
      if (f.kernelMm) {
        kernelArg(c, i, s, t);
      }
      if (f.priv && !HugetlbFacts.isPrivate(c.args.get(i), s)) {
        String name = argName(c, i, s);
        out.report(t, "hugetlb.walk.unprotected", c.callee(), " (it is passed " + name
            + ", not known to be a private mapping, for its @PrivateMapping parameter " + (i + 1) + ")",
            Describe.held(s), "a VMA tested: (vma.vm_flags & VM_MAYSHARE) == 0, or @PrivateMapping");
      }
      if (!(f.pteLocked || f.pteMapped)) {
        continue;
      }
      String p = c.args.get(i);
      PteState st = p == null ? null : s.pte(p);
      if (st != null && st.isMapping() && st.status != PteState.Status.MAPPED) {
        String name = argName(c, i, s);
        out.report(t, "pte.use.after.unmap", c.callee(), " is passed " + name + " after it was unmapped", Describe.held(s), name + " mapped");
      } else if (f.pteLocked && (st == null || !st.lockHeld(s))) {
        String name = argName(c, i, s);
        out.report(t, "pte.lock.required", c.callee(), ": parameter " + (i + 1) + " is @PteLocked and the lock of " + name + " is not held",
            Describe.held(s), st == null || st.lockPath == null ? "a PTE from pte_offset_map_lock(), with its lock held" : "PTL(" + Describe.path(st.lockPath, s) + ")");
      }
    }
  }

  /**
   * A locking map of a table whose page-table lock is already held, for a PTE mapped from it
   * before: the same spinlock, taken twice (a retry that maps again without
   * {@code pte_unmap_unlock} first).
   */
  private void relock(Call c, String pmd, LockStore s, Tree t) {
    if (pmd == null) {
      return;
    }
    for (java.util.Map.Entry<String, PteState> e : s.ptes().entrySet()) {
      PteState st = e.getValue();
      if (pmd.equals(st.pmdPath) && st.status == PteState.Status.MAPPED && st.lockHeld(s)) {
        Held old = s.lock(LockClass.SPIN, st.lockPath);
        out.report(t, "lock.double.acquire", c.callee(), ": the page-table lock of "
            + Describe.quoted(pmd, null, s) + ", " + Describe.token(old, s) + ", is already held"
            + Describe.takenAt(old) + " for " + Describe.quoted(e.getKey(), null, s), Describe.held(s),
            "pte_unmap_unlock() of " + Describe.quoted(e.getKey(), null, s) + " first");
        return;
      }
    }
  }

  /** Argument {@code i} as messages quote it: its path, else its position. */
  private static String argName(Call c, int i, LockStore s) {
    return Describe.quoted(c.args.get(i), "argument " + (i + 1), s);
  }

  /** A {@code @KernelMm} parameter: the argument is init_mm, or a table reached from it. */
  private void kernelArg(Call c, int i, LockStore s, Tree t) {
    String p = c.args.get(i);
    boolean isMm = i < c.method.getParameters().size()
        && LockExpr.isMmType(c.method.getParameters().get(i).asType(), "MmStruct");
    TableFact f = p == null || isMm ? null : s.table(p);
    boolean kernel = isMm ? p != null && MmFacts.kindOf(p, s) == MmKind.KERNEL
        : f != null && MmFacts.kindNow(f, s) == MmKind.KERNEL;
    if (!kernel) {
      String name = argName(c, i, s);
      out.report(t, "pte.kernel.accessor.user", c.callee(), " with " + name + (isMm
          ? ", not known to be init_mm" : ", not a table known to be reached from init_mm")
          + " (its @KernelMm parameter " + (i + 1) + ")", Describe.held(s),
          isMm ? "init_mm, or an mm tested == init_mm" : "a PMD reached from init_mm (or @KernelMm)");
    }
  }

  /** PTE rules. Returns true when the call unmaps a PTE that is already unmapped. */
  private boolean pte(Call c, PteModel pm, LockStore s, Tree t, List<Integer> nullArgs) {
    if (pm.stepFrom != null) {
      stability(c, MmFacts.provenance(c, pm.stepFrom, s), s, t);
    }
    if (pm.maps != null) {
      stability(c, mapMm(c, pm, s), s, t);
    }
    if (pm.maps == PteMapKind.LOCKED && pm.mapPmd != null) {
      relock(c, c.resolve(pm.mapPmd, s), s, t);
    }
    if (pm.kernelOnly != null) {
      kernelOnly(c, pm.kernelOnly, s, t);
    }
    if (pm.accesses != null && !isNullArg(c, pm.accesses, nullArgs)) {
      access(c, pm, s, t);
    }
    if (pm.unmaps != null && !isNullArg(c, pm.unmaps, nullArgs)) {
      return unmap(c, pm.unmaps, s, t);
    }
    return false;
  }

  private static boolean isNullArg(Call c, LockExpr e, List<Integer> nullArgs) {
    return e.root == LockExpr.Root.PARAM && nullArgs.contains(e.param);
  }

  /**
   * The tables a mapping call works on: its mm argument's (unstable when its PMD was reached
   * through an unstable walk), else its PMD's provenance.
   */
  private static TableFact mapMm(Call c, PteModel pm, LockStore s) {
    String pmd = pm.mapPmd == null ? null : c.resolve(pm.mapPmd, s);
    TableFact f = pmd == null ? null : s.table(pmd);
    if (pm.mapMm != null) {
      String mm = c.resolve(pm.mapMm, s);
      return mm == null ? null : new TableFact(mm, MmFacts.kindOf(mm, s), f != null && f.unstable);
    }
    return f;
  }

  /**
   * {@code vma.unstable} for a step or mapping on tables that are not stable, once per walk: a
   * step from a table that an unstable step returned is covered by that step's report.
   */
  private void stability(Call c, TableFact f, LockStore s, Tree t) {
    if (f == null || f.unstable || !MmFacts.walkUnstable(f, s)) {
      return;
    }
    out.report(t, "vma.unstable", c.callee(), " walks the page tables of " + Describe.path(f.mm, s),
        Describe.held(s), stableNeed(f.mm, true, s));
  }

  private void kernelOnly(Call c, LockExpr e, LockStore s, Tree t) {
    String p = c.resolve(e, s);
    TableFact f = p == null ? null : s.table(p);
    if (f == null || MmFacts.kindNow(f, s) != MmKind.KERNEL) {
      String from = f == null ? "a table of unknown origin" : f.mm == null ? "a user page table" : "a table walked from " + Describe.path(f.mm, s);
      out.report(t, "pte.kernel.accessor.user", c.callee(), " on " + from, Describe.held(s),
          "a PMD reached from init_mm (or @KernelMm); user tables go through pte_offset_map*()");
    }
  }

  private void access(Call c, PteModel pm, LockStore s, Tree t) {
    String p = c.resolve(pm.accesses, s);
    PteState st = p == null ? null : s.pte(p);
    if (st != null && st.isMapping() && st.status != PteState.Status.MAPPED) {
      String name = Describe.quoted(p, pm.accesses.text, s);
      out.report(t, "pte.use.after.unmap", c.callee(), " uses " + name + (st.status == PteState.Status.UNMAPPED ? " after it was unmapped" : ", unmapped on some paths"),
          Describe.held(s), name + " mapped");
      return;
    }
    if (st != null && st.kind == PteMapKind.HUGE && !org.mmlock.checker.flow.HugetlbFacts.guardHeld(st.guard, s)) {
      String g = WalkRules.guardText(st.guard, s);
      out.report(t, "pte.use.after.unmap", c.callee(), " uses " + Describe.quoted(p, pm.accesses.text, s) + ", walked under " + g + ", which was dropped since",
          Describe.held(s), g + " held from the walk on");
      return;
    }
    if (!pm.write) {
      return;
    }
    if (st == null) {
      out.report(t, "pte.write.unlocked", c.callee(), ": the lock of " + Describe.quoted(p, pm.accesses.text, s) + " is not known to be held", Describe.held(s),
          "a PTE from pte_offset_map_lock(), or a @PteLocked parameter");
      return;
    }
    if (st.kind == PteMapKind.PLAIN || st.kind == PteMapKind.RO_NOLOCK) {
      out.report(t, "pte.write.readonly", c.callee(), ": " + Describe.quoted(p, pm.accesses.text, s) + " comes from " + (st.kind == PteMapKind.PLAIN ? "pte_offset_map()" : "pte_offset_map_ro_nolock()"),
          Describe.held(s), "pte_offset_map_lock(), or pte_offset_map_rw_nolock() with spin_lock(ptl) and pmd_same()");
      return;
    }
    if (st.kind == PteMapKind.KERNEL) {
      return;
    }
    Held lock = st.lockPath == null ? null : s.lock(LockClass.SPIN, st.lockPath);
    if (lock == null || !lock.definite()) {
      out.report(t, "pte.write.unlocked", c.callee(), ": the lock of " + Describe.quoted(p, pm.accesses.text, s) + " is not held" + (lock == null ? "" : " on every path"), Describe.held(s),
          "PTL(" + Describe.path(st.lockPath, s) + ")");
      return;
    }
    if (st.kind == PteMapKind.RW_NOLOCK && !st.validated && !mmapWrite(c, pm, st, s)) {
      out.report(t, "pte.write.unvalidated", c.callee(), "", Describe.held(s),
          "under PTL(" + Describe.path(st.lockPath, s) + "), a true pmd_same(" + Describe.path(st.pmdvalPath, s)
              + ", pmdp_get_lockless(" + Describe.path(st.pmdPath, s) + ")) or a true pte_same(v, ptep_get("
              + Describe.path(p, s) + ")) with v read from it before the lock and not none; or MMAP_W");
    }
  }

  /**
   * The mmap write lock of the mm the PTE was mapped from (the map's own mm, as the API's
   * javadoc says), or, when the map's mm is not known, of the mm the write names.
   */
  private static boolean mmapWrite(Call c, PteModel pm, PteState st, LockStore s) {
    String mm = st.mmPath != null ? st.mmPath : pm.writeMm != null ? c.resolve(pm.writeMm, s) : null;
    return mm != null && MmFacts.proves(s, new MmFacts.Holds(mm, true, LockKind.MMAP_WRITE));
  }

  private boolean unmap(Call c, LockExpr e, LockStore s, Tree t) {
    String p = c.resolve(e, s);
    PteState st = p == null ? null : s.pte(p);
    if (st == null) {
      if (p != null && s.nullness(p) == Nullness.NULL) {
        out.report(t, "lock.release.not.held", c.callee(), ": " + Describe.quoted(p, null, s)
            + " is null here: the map failed and nothing is mapped", Describe.held(s), "nothing to unmap");
        return true;
      }
      return false;
    }
    if (!st.isMapping()) {
      out.report(t, "lock.release.not.held", c.callee(), ": " + Describe.quoted(p, null, s) + " comes from " + (st.kind == PteMapKind.KERNEL ? "pte_offset_kernel()" : "a hugetlb walk") + ", which maps nothing",
          Describe.held(s), "nothing to unmap");
      return true;
    }
    if (st.status != PteState.Status.MAPPED) {
      String name = Describe.quoted(p, null, s);
      out.report(t, "pte.use.after.unmap", c.callee(), " unmaps " + name + (st.status == PteState.Status.UNMAPPED ? " again" : ", which is unmapped on some paths"),
          Describe.held(s), name + " mapped");
      return true;
    }
    return false;
  }
}

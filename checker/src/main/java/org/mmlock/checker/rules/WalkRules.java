package org.mmlock.checker.rules;

import com.sun.source.tree.Tree;
import org.checkerframework.dataflow.cfg.node.Node;
import org.mmlock.checker.flow.Call;
import org.mmlock.checker.flow.HugetlbFacts;
import org.mmlock.checker.flow.LockStore;
import org.mmlock.checker.flow.MmFacts;
import org.mmlock.checker.flow.MmKind;
import org.mmlock.checker.flow.Paths;
import org.mmlock.checker.flow.PteState;
import org.mmlock.checker.flow.WalkOps;
import org.mmlock.checker.model.WalkModel;
import org.mmlock.qual.LockKind;
import org.mmlock.qual.WalkKind;

/**
 * The rules of walkers: hugetlb walks (seed 001) and the page-walk API with its
 * {@code walk_lock} modes (mm/pagewalk.c; seeds 002 and 003).
 */
final class WalkRules {
  private final Reporter out;
  private final WalkOps ops;

  WalkRules(Reporter out, WalkOps ops) {
    this.out = out;
    this.ops = ops;
  }

  /** Checks a call with a walker model; returns whether the call may sleep. */
  boolean check(Call c, WalkModel w, LockStore s, Tree t) {
    if (w.hugetlbWalk) {
      hugetlbWalk(c, w, s, t);
    }
    if (w.hugePteLock != null) {
      hugePteLock(c, w, s, t);
    }
    return w.pageWalk != null && pageWalk(c, w, s, t);
  }

  private void hugetlbWalk(Call c, WalkModel w, LockStore s, Tree t) {
    if (w.raw) {
      out.report(t, "hugetlb.raw.offset", c.callee(), "", Describe.held(s),
          "hugetlb_walk(vma, addr, sz), which checks the walk's locking");
    }
    String vma = w.hugeVma == null ? null : c.resolve(w.hugeVma, s);
    String mm = w.hugeMm == null ? null : c.resolve(w.hugeMm, s);
    if (vma == null && mm == null) {
      return;
    }
    boolean priv = HugetlbFacts.isPrivate(vma, s);
    // on every path, also where a boolean chose the guard (if (c) HVMA else I_MMAP)
    if (!MmFacts.proves(s, new Guarded(vma, mm, priv))) {
      String v = vma == null ? "a VMA of " + Describe.path(mm, s) : Describe.path(vma, s);
      String needs = priv
          ? "MMAP_R(" + Describe.path(Paths.select(vma, "vm_mm", s), s) + ") (private mapping)"
          : "HVMA_R(" + v + "), I_MMAP_R(" + (vma == null ? "its mapping" : v + ".vm_file.f_mapping")
              + ") or WALKER (the mapping is " + (vma != null && s.sharing(vma) != null ? "shared" : "possibly shared") + ")";
      out.report(t, "hugetlb.walk.unprotected", c.callee(), priv ? " (a private mapping)" : " (a shared or possibly shared mapping)",
          Describe.held(s), needs);
    }
  }

  /** A hugetlb walk's lock is held: the mmap lock for a private mapping, else HVMA, I_MMAP or WALKER. */
  private static final class Guarded implements java.util.function.Predicate<LockStore> {
    private final String vma;
    private final String mm;
    private final boolean priv;

    Guarded(String vma, String mm, boolean priv) {
      this.vma = vma;
      this.mm = mm;
      this.priv = priv;
    }

    @Override
    public boolean test(LockStore x) {
      String guard = HugetlbFacts.guardOf(vma, mm, x);
      return guard != null && !guard.equals("RCU") && (priv || !guard.startsWith("MMAP "));
    }
  }

  private void hugePteLock(Call c, WalkModel w, LockStore s, Tree t) {
    String p = c.resolve(w.hugePteLock, s);
    PteState st = p == null ? null : s.pte(p);
    if (st == null) {
      return;
    }
    if (st.guard == null && st.shared) {
      out.report(t, "hugetlb.ptl.under.walker", c.callee(), ": " + Describe.quoted(p, null, s) + " was walked with no lock held",
          Describe.held(s), "a walk under HVMA or I_MMAP");
    } else if (!HugetlbFacts.guardHeld(st.guard, s)) {
      out.report(t, "pte.use.after.unmap", c.callee(), " locks " + Describe.quoted(p, null, s) + ", walked under " + guardText(st.guard, s)
          + ", which was dropped since", Describe.held(s), guardText(st.guard, s) + " held from the walk on");
    } else if (st.shared && !HugetlbFacts.protectsPtl(st.guard)) {
      out.report(t, "hugetlb.ptl.under.walker", c.callee(), ": " + Describe.quoted(p, null, s) + " was walked under " + guardText(st.guard, s)
          + " alone", Describe.held(s), "a walk under HVMA or I_MMAP (the walker lock keeps the table's page alive, not its lock)");
    }
  }

  static String guardText(String guard, LockStore s) {
    if (guard.startsWith(HugetlbFacts.DROPPED)) {
      guard = guard.substring(HugetlbFacts.DROPPED.length());
    }
    int sp = guard.indexOf(' ');
    if (sp < 0) {
      return guard;
    }
    String cls = guard.substring(0, sp);
    String path = Describe.path(guard.substring(sp + 1), s);
    switch (cls) {
      case "HVMA": return "HVMA(" + path + ")";
      case "I_MMAP": return "I_MMAP(" + path + ")";
      default: return "MMAP(" + path + ")";
    }
  }

  /** The page-walk API: walk_lock mode, walker kind, install_pte. Returns whether it may sleep. */
  private boolean pageWalk(Call c, WalkModel w, LockStore s, Tree t) {
    int opsIndex = w.walkOps == null ? -1 : w.walkOps.param;
    Node opsArg = opsIndex < 0 || opsIndex >= c.argNodes.size() ? null : c.argNodes.get(opsIndex);
    String o = opsArg == null ? "? ?" : ops.of(opsArg, c.args.get(opsIndex), s, c.path);
    String lock = WalkOps.lock(o);
    Boolean install = WalkOps.install(o);
    if (lock == null && w.pageWalk != WalkKind.MAPPING) {
      out.report(t, "walk.ops.unknown", c.callee(), "", Describe.held(s),
          "an ops built as new MmWalkOps(PGWALK_..., ...) in a local, a static final field, or inline; until then the strictest requirement (MMAP_W) is applied");
    }
    if (Boolean.TRUE.equals(install) && w.pageWalk != WalkKind.MM_INTERNAL) {
      out.report(t, "walk.install.public", c.callee(), "", Describe.held(s), "walk_page_range_mm() (mm-internal) for an ops with install_pte");
    }
    String vma = w.walkVma == null ? null : c.resolve(w.walkVma, s);
    String mm = w.walkMm != null ? c.resolve(w.walkMm, s) : vma == null ? null : Paths.select(vma, "vm_mm", s);
    switch (w.pageWalk) {
      case NOVMA:
        novma(c, lock, mm, s, t);
        return false;
      case KERNEL:
        kernel(c, lock, s, t);
        return false;
      case MAPPING:
        return false;
      default:
        vmaWalk(c, w.pageWalk, lock, mm, vma, s, t);
        if (w.pageWalk == WalkKind.MM_INTERNAL && !Boolean.FALSE.equals(install) && mm != null
            && !MmFacts.proves(s, new MmFacts.Holds(mm, true, LockKind.MMAP_READ, LockKind.VMA_READ))) {
          out.report(t, "pt.install.rmap.only", c.callee(), " with install_pte", Describe.held(s),
              "MMAP_R(" + Describe.path(mm, s) + ") or a VMA lock of one of its VMAs");
        }
        return lock == null || lock.equals("PGWALK_WRLOCK");
    }
  }

  private void vmaWalk(Call c, WalkKind kind, String lock, String mm, String vma, LockStore s, Tree t) {
    if ("PGWALK_NOLOCK".equals(lock)) {
      out.report(t, "walk.nolock.user", c.callee(), "", Describe.held(s),
          "a walk_lock for user page tables; PGWALK_NOLOCK is for kernel tables whose range the caller owns");
      return;
    }
    if (mm == null) {
      return;
    }
    boolean needWrite = lock == null || lock.equals("PGWALK_WRLOCK") || lock.equals("PGWALK_WRLOCK_VERIFY");
    if (!"PGWALK_VMA_RDLOCK_VERIFY".equals(lock)) {
      LockKind k = needWrite ? LockKind.MMAP_WRITE : LockKind.MMAP_READ;
      if (!MmFacts.proves(s, new MmFacts.Holds(mm, true, k))) {
        out.report(t, needWrite ? "mmap.write.required" : "mmap.required", c.callee(),
            " (walk_lock " + (lock == null ? "unknown" : lock) + ")", Describe.held(s), Describe.need(k, mm, s));
        return;
      }
    }
    if ("PGWALK_WRLOCK_VERIFY".equals(lock) || "PGWALK_VMA_RDLOCK_VERIFY".equals(lock)) {
      LockKind k = lock.equals("PGWALK_WRLOCK_VERIFY") ? LockKind.VMA_WRITE : LockKind.VMA_READ;
      boolean onVma = vma != null;
      String target = onVma ? vma : mm;
      if (!MmFacts.proves(s, new MmFacts.Holds(target, !onVma, k))) {
        out.report(t, "walk.lock.mode", c.callee(), " with " + lock + ",", Describe.held(s),
            onVma ? Describe.need(k, vma, s) : (k == LockKind.VMA_WRITE ? "VMA_W" : "VMA_R") + " of the VMAs of " + Describe.path(mm, s));
        return;
      }
    }
    // the walk's lock is held: the VMA it walks must still be one (its lock was not dropped since)
    CallRules.staleVma(out, c, vma, s, t);
  }

  private void novma(Call c, String lock, String mm, LockStore s, Tree t) {
    if (mm == null) {
      return;
    }
    boolean kernel = MmFacts.kindOf(mm, s) == MmKind.KERNEL;
    if ("PGWALK_NOLOCK".equals(lock)) {
      if (!kernel) {
        out.report(t, "walk.nolock.user", c.callee(), " (" + Describe.path(mm, s) + ")",
            Describe.held(s), "PGWALK_NOLOCK only on init_mm (kernel page tables whose range the caller owns)");
      }
      return;
    }
    if (kernel) {
      LockKind k = lock == null ? LockKind.MMAP_WRITE : LockKind.MMAP_READ;
      if (!MmFacts.proves(s, new MmFacts.Holds(mm, true, k))) {
        out.report(t, lock == null ? "mmap.write.required" : "mmap.required", c.callee(), " (init_mm)",
            Describe.held(s), Describe.need(k, mm, s));
      }
    } else if (!MmFacts.proves(s, new MmFacts.Holds(mm, true, LockKind.MMAP_WRITE))) {
      out.report(t, "walk.novma.user.write", c.callee(), " of " + Describe.path(mm, s)
          + (MmFacts.kindOf(mm, s) == MmKind.USER ? " (a user mm)" : " (possibly a user mm)"),
          Describe.held(s), Describe.need(LockKind.MMAP_WRITE, mm, s)
              + " (munmap frees page tables after downgrading to read)");
    }
  }

  private void kernel(Call c, String lock, LockStore s, Tree t) {
    if ("PGWALK_NOLOCK".equals(lock)) {
      return;
    }
    LockKind k = lock == null ? LockKind.MMAP_WRITE : LockKind.MMAP_READ;
    if (!MmFacts.proves(s, new MmFacts.Holds(MmFacts.INIT_MM, true, k))) {
      out.report(t, lock == null ? "mmap.write.required" : "mmap.required", c.callee(), " (init_mm)",
          Describe.held(s), Describe.need(k, MmFacts.INIT_MM, s) + ", or an ops with PGWALK_NOLOCK for a range the caller owns");
    }
  }
}

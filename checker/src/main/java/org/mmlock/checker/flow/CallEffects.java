package org.mmlock.checker.flow;

import org.mmlock.checker.model.Effect;
import org.mmlock.checker.model.LockExpr;
import org.mmlock.checker.model.MethodContract;
import org.mmlock.checker.model.PteModel;
import org.mmlock.qual.LockKind;
import org.mmlock.qual.PteMapKind;

/**
 * Applies a call's effects to the store: releases, downgrades, unmaps, acquisitions, the PTE
 * mapping it makes, the provenance of the tables it returns, aliases, and nullness of its
 * result. Conditional acquisitions ({@code @AcquiresIf}) are returned as a then/else pair.
 */
final class CallEffects {
  private CallEffects() {}

  /** The effects of a call whose result is a boolean that decides a conditional acquisition. */
  static final class Split {
    final LockStore then;
    final LockStore els;

    Split(LockStore then, LockStore els) {
      this.then = then;
      this.els = els;
    }
  }

  /**
   * Applies every unconditional effect to {@code s} (a copy owned by the caller);
   * {@code reached} is false when the call site cannot have been reached before on any path (the
   * body has no loop and no {@code try}), so no fact can name its previous result.
   */
  static void apply(Call c, LockStore s, boolean reached) {
    MethodContract k = c.contract;
    for (Effect e : k.effects) {
      if (e.op == Effect.Op.RELEASE) {
        release(c, e, s);
      } else if (e.op == Effect.Op.DOWNGRADE) {
        downgrade(c.resolve(e.expr, s), s);
      }
    }
    PteModel pm = k.pte;
    if (pm != null && pm.unmaps != null) {
      unmap(c.resolve(pm.unmaps, s), s);
    }
    if (reached) {
      freshResult(c, s);
    }
    for (Effect e : k.effects) {
      if (e.op == Effect.Op.ACQUIRE && (e.when == Effect.When.ALWAYS || e.when == Effect.When.IF_NONNULL)) {
        acquire(e, c, s, e.when == Effect.When.IF_NONNULL ? "nn:" + c.result : null);
      }
    }
    if (k.mayReturnNull) {
      s.setNullness(c.result, Nullness.MAYBE_NULL);
    }
    for (MethodContract.Alias a : k.aliases) {
      String from = c.resolve(a.path, s);
      String to = c.resolve(a.to, s);
      if (from != null && to != null) {
        s.setAlias(from, to);
      }
    }
    if (pm != null) {
      pte(c, pm, s);
    }
    if (k.walk != null) {
      hugetlb(c, s);
    }
  }

  /** A copy of {@code s} after the call's releases and unmap only. */
  static LockStore afterReleases(Call c, LockStore s) {
    LockStore out = s.copy();
    for (Effect e : c.contract.effects) {
      if (e.op == Effect.Op.RELEASE) {
        release(c, e, out);
      }
    }
    PteModel pm = c.contract.pte;
    if (pm != null && pm.unmaps != null) {
      unmap(c.resolve(pm.unmaps, out), out);
    }
    return out;
  }

  /** A hugetlb walk's PTE remembers its guard; huge_pte_lock records the PTE's lock. */
  private static void hugetlb(Call c, LockStore s) {
    org.mmlock.checker.model.WalkModel w = c.contract.walk;
    if (w.hugetlbWalk) {
      String vma = w.hugeVma == null ? null : c.resolve(w.hugeVma, s);
      String mm = w.hugeMm == null ? null : c.resolve(w.hugeMm, s);
      String guard = HugetlbFacts.guardOf(vma, mm, s);
      boolean shared = !HugetlbFacts.isPrivate(vma, s);
      s.putPte(c.result, new PteState(PteMapKind.HUGE, PteState.Status.MAPPED, false, null, null,
          null, vma != null ? Paths.select(vma, "vm_mm", s) : mm, null, false, c.line, guard, shared));
    }
    if (w.hugePteLock != null) {
      String p = c.resolve(w.hugePteLock, s);
      PteState st = p == null ? null : s.pte(p);
      if (st != null) {
        s.putPte(p, st.withLockPath(c.result));
      } else if (p != null) {
        s.putPte(p, new PteState(PteMapKind.HUGE, PteState.Status.MAPPED, false, c.result, null, null,
            null, null, false, c.line));
      }
    }
  }

  /** The then/else stores of a conditional acquisition, or null when the call has none. */
  static Split conditional(Call c, LockStore s) {
    LockStore then = null;
    LockStore els = null;
    for (Effect e : c.contract.effects) {
      if (e.when == Effect.When.IF_TRUE || e.when == Effect.When.IF_FALSE) {
        if (then == null) {
          then = s.copy();
          els = s.copy();
        }
        acquire(e, c, e.when == Effect.When.IF_TRUE ? then : els, null);
      }
    }
    return then == null ? null : new Split(then, els);
  }

  /** A call site reached again (a loop): the previous result's facts get a primed name. */
  private static void freshResult(Call c, LockStore s) {
    s.dropRoot(c.result + "'");
    s.renameRoot(c.result, c.result + "'");
  }

  static void acquire(Effect e, Call c, LockStore s, String cond) {
    LockClass cls = LockClass.of(e.kind);
    if (cls == LockClass.RCU) {
      s.addRcu(1);
      return;
    }
    if (cls == LockClass.WALKER) {
      s.addWalker(1);
      return;
    }
    String p = c.resolveOrFresh(e.expr, s);
    Mode m = LockClass.modeOf(e.kind);
    String mm = cls == LockClass.VMA && m == Mode.WRITE ? Paths.select(p, "vm_mm", s) : null;
    Held old = s.lock(cls, p);
    if (old != null && old.definite()) {
      return; // re-taking a held lock: reentrant, or a self-deadlock reported at the call
    }
    s.put(new Held(cls, p, m, e.kind, false, cond, mm, c.line));
  }

  /**
   * Whether the callee that releases lock {@code r} also declares it held again
   * ({@code @Releases} with {@code @AcquiresIf}: GUP's {@code locked}, a fault's retry): where it
   * is held after the call, the callee is taken to have kept it, so the VMAs found under it stay
   * valid.
   */
  private static boolean retakes(Call c, Effect r, LockStore s) {
    for (Effect e : c.contract.effects) {
      if (e.op == Effect.Op.ACQUIRE && LockClass.of(e.kind) == LockClass.of(r.kind)
          && java.util.Objects.equals(c.resolve(e.expr, s), c.resolve(r.expr, s))) {
        return true;
      }
    }
    return false;
  }

  /** Call {@code c}'s release {@code e}, applied to {@code s}. */
  private static void release(Call c, Effect e, LockStore s) {
    release(e, c.resolve(e.expr, s), retakes(c, e, s) ? -1 : c.line, s);
  }

  /** Releases lock {@code p}; {@code line} is where, or -1 when the callee may have kept it. */
  static void release(Effect e, String p, int line, LockStore s) {
    LockClass cls = LockClass.of(e.kind);
    if (cls == LockClass.RCU) {
      s.addRcu(-1);
      if (s.rcuMin() == 0) {
        dropGuards("RCU", s);
      }
      return;
    }
    if (cls == LockClass.WALKER) {
      s.addWalker(-1);
      if (s.walkerMin() == 0) {
        dropGuards("WALKER", s);
      }
      return;
    }
    if (p == null) {
      return;
    }
    Held h = s.lock(cls, p);
    s.remove(cls, p);
    dropGuards(cls.name() + " " + p, s);
    if (cls == LockClass.SPIN) {
      forgetValidation(p, s);
    }
    if (cls == LockClass.VMA && h != null && h.mode == Mode.READ && line >= 0 && !p.startsWith("$")
        && s.stale(p) == null && !MmFacts.vmaStable(p, s)) {
      // vma_end_read with nothing else keeping the VMA: it may be freed from here, and the mmap
      // lock taken next does not bring it back (the fault path looks it up again)
      s.setStale(p, Integer.toString(line));
    }
    if (cls == LockClass.MMAP) {
      // a VMA write lock lasts while its mm's mmap lock is held for write: any release of that
      // lock ends it (one held on some paths, where a downgrade already ended it on the others)
      dropVmaWriteLocks(p, s);
      if (line >= 0) {
        staleVmas(p, line, s);
      }
    }
  }

  /**
   * The VMAs of mm (those whose {@code vm_mm} is it) that no VMA lock of their own keeps: once
   * its mmap lock is released they may be freed, and taking the lock again does not bring them
   * back (hugepage_vma_revalidate looks the VMA up again).
   */
  private static void staleVmas(String mm, int line, LockStore s) {
    java.util.List<String> vmas = new java.util.ArrayList<>();
    if (mm.endsWith(VM_MM)) {
      vmas.add(mm.substring(0, mm.length() - VM_MM.length()));
    }
    for (java.util.Map.Entry<String, String> a : s.aliases().entrySet()) {
      String k = a.getKey();
      if (k.endsWith(VM_MM) && (mm.equals(a.getValue()) || mm.equals(Paths.canonical(a.getValue(), s)))) {
        vmas.add(k.substring(0, k.length() - VM_MM.length()));
      }
    }
    for (String vma : vmas) {
      if (!vma.startsWith("$") && s.lock(LockClass.VMA, vma) == null && s.stale(vma) == null) {
        s.setStale(vma, Integer.toString(line));
      }
    }
  }

  private static final String VM_MM = ".vm_mm";

  /**
   * A hugetlb PTE is valid only while the lock its walk relied on stays held: once dropped, even
   * if taken again, the PTE may point into a freed, unshared table (seed 001).
   */
  private static void dropGuards(String guard, LockStore s) {
    for (java.util.Map.Entry<String, PteState> e : new java.util.ArrayList<>(s.ptes().entrySet())) {
      if (guard.equals(e.getValue().guard)) {
        s.putPte(e.getKey(), e.getValue().withGuard(HugetlbFacts.DROPPED + guard));
      }
    }
  }

  /**
   * Revalidation holds only under the lock: dropping it forgets it; and an entry read under it is
   * one read before the next time it is taken (move_pages_pte reads orig_src_pte under the lock,
   * drops it, and compares under a new one).
   */
  private static void forgetValidation(String lock, LockStore s) {
    for (java.util.Map.Entry<String, PteState> e : new java.util.ArrayList<>(s.ptes().entrySet())) {
      if (!lock.equals(e.getValue().lockPath)) {
        continue;
      }
      s.replaceValues(Revalidation.LOCKED_READ + e.getKey(), Revalidation.READ + e.getKey());
      if (e.getValue().validated && e.getValue().kind != PteMapKind.LOCKED) {
        s.putPte(e.getKey(), e.getValue().withValidated(false));
      }
    }
  }

  static void downgrade(String p, LockStore s) {
    if (p == null) {
      return;
    }
    Held h = s.lock(LockClass.MMAP, p);
    if (h != null) {
      s.put(h.withMode(Mode.DOWNGRADED));
    }
    dropVmaWriteLocks(p, s);
  }

  /** mmap_write_unlock and mmap_write_downgrade drop every VMA write lock of that mm. */
  private static void dropVmaWriteLocks(String mm, LockStore s) {
    java.util.List<Held> drop = new java.util.ArrayList<>();
    for (Held h : s.locks()) {
      if (h.cls == LockClass.VMA && h.mode == Mode.WRITE && (h.mm == null || h.mm.equals(mm))) {
        drop.add(h);
      }
    }
    for (Held h : drop) {
      s.remove(h.cls, h.path);
    }
  }

  private static void unmap(String p, LockStore s) {
    PteState st = p == null ? null : s.pte(p);
    if (st != null && st.isMapping()) {
      s.putPte(p, st.withStatus(PteState.Status.UNMAPPED));
    }
  }

  private static void pte(Call c, PteModel pm, LockStore s) {
    if (pm.stepFrom != null) {
      TableFact f = MmFacts.provenance(c, pm.stepFrom, s);
      if (f != null) {
        s.setTable(c.result, new TableFact(f.mm, f.kind, MmFacts.walkUnstable(f, s)));
      }
    }
    if (pm.readsPmd != null) {
      String p = c.resolve(pm.readsPmd, s);
      if (p != null) {
        s.setValue(c.result, "pmd:" + p);
      }
    }
    if (pm.readsPte != null) {
      String p = c.resolve(pm.readsPte, s);
      if (p != null) {
        PteState st = s.pte(p);
        // read under the PTE's own lock, or before it (Revalidation tells the two apart)
        s.setValue(c.result, (st != null && st.lockHeld(s) ? Revalidation.LOCKED_READ : Revalidation.READ) + p);
      }
    }
    if (pm.maps != null) {
      map(c, pm, s);
    }
  }

  private static void map(Call c, PteModel pm, LockStore s) {
    String pmd = pm.mapPmd == null ? null : c.resolve(pm.mapPmd, s);
    TableFact t = pmd == null ? null : s.table(pmd);
    String mm = pm.mapMm != null ? c.resolve(pm.mapMm, s) : t == null ? null : t.mm;
    MmKind kind = mm != null ? MmFacts.kindOf(mm, s) : t == null ? null : t.kind;
    if (kind == null && t != null) {
      kind = t.kind;
    }
    String ptl = pm.mapPtl == null ? null : refTarget(c, pm.mapPtl, s);
    String pmdval = pm.mapPmdval == null ? null : refTarget(c, pm.mapPmdval, s);
    boolean mayNull = c.contract.mayReturnNull;
    forgetRefs(ptl, pmdval, s);
    s.putPte(c.result, new PteState(pm.maps, PteState.Status.MAPPED, true, ptl, pmd, pmdval, mm,
        kind, pm.maps == PteMapKind.LOCKED, c.line));
    if (pm.maps == PteMapKind.LOCKED && ptl != null) {
      s.put(new Held(LockClass.SPIN, ptl, Mode.WRITE, LockKind.PTE_LOCK, false,
          mayNull ? "nn:" + c.result : null, null, c.line));
    }
  }

  /**
   * A map fills its out-parameters anew: what was there before is another object, as when a field
   * is overwritten. Its facts (a lock held on it, the PTE mapped with it) go with it under the
   * primed name, or under a local that still names it ({@code ptl = ptlp.get()} before
   * {@code ptlp} is reused by the next map).
   */
  private static void forgetRefs(String ptl, String pmdval, LockStore s) {
    for (String ref : new String[] {ptl, pmdval}) {
      if (ref != null) {
        s.dropRoot(ref + "'");
        s.renameRoot(ref, ref + "'");
      }
    }
  }

  /** The object a {@code Ref} out-parameter receives: {@code ptlp.get()}. */
  private static String refTarget(Call c, LockExpr ref, LockStore s) {
    String p = c.resolve(ref, s);
    return p == null ? null : Paths.select(p, "get()", s);
  }
}
